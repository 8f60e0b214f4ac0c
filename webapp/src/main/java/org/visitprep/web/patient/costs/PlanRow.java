package org.visitprep.web.patient.costs;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.visitprep.costs.CareCategory;
import org.visitprep.costs.Network;
import org.visitprep.costs.PlanForm;

/** One plan of the comparison as the page edits it: every amount as typed. */
public class PlanRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The categories whose copay the form asks for. */
    static final List<CareCategory> COPAY_CATEGORIES = List.of(
            CareCategory.OFFICE_VISIT,
            CareCategory.SPECIALIST_VISIT,
            CareCategory.EMERGENCY,
            CareCategory.INPATIENT,
            CareCategory.LAB,
            CareCategory.IMAGING,
            CareCategory.PROCEDURE,
            CareCategory.MEDICINE);

    private String name = "";
    private String premium = "";
    private String deductible = "";
    private String coinsurance = "";
    private String cap = "";
    private boolean preventiveFree = true;
    private Network network = Network.IN_NETWORK;
    private final Map<CareCategory, String> copays = new EnumMap<>(CareCategory.class);
    private String sample = "";

    static PlanRow of(PlanForm form) {
        PlanRow row = new PlanRow();
        row.name = form.name();
        row.premium = form.monthlyPremium();
        row.deductible = form.deductible();
        row.coinsurance = form.coinsurancePercent();
        row.cap = form.outOfPocketMax();
        row.preventiveFree = form.preventiveFree();
        row.network = form.network();
        row.copays.putAll(form.copays());
        row.sample = form.sample();
        return row;
    }

    PlanForm form() {
        return new PlanForm(name, premium, deductible, coinsurance, cap, preventiveFree, network, copays, sample);
    }

    public List<CareCategory> getCopayCategories() {
        return COPAY_CATEGORIES;
    }

    public Map<CareCategory, String> getCopays() {
        return copays;
    }

    public boolean isSample() {
        return !sample.isEmpty();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPremium() {
        return premium;
    }

    public void setPremium(String premium) {
        this.premium = premium;
    }

    public String getDeductible() {
        return deductible;
    }

    public void setDeductible(String deductible) {
        this.deductible = deductible;
    }

    public String getCoinsurance() {
        return coinsurance;
    }

    public void setCoinsurance(String coinsurance) {
        this.coinsurance = coinsurance;
    }

    public String getCap() {
        return cap;
    }

    public void setCap(String cap) {
        this.cap = cap;
    }

    public boolean isPreventiveFree() {
        return preventiveFree;
    }

    public void setPreventiveFree(boolean preventiveFree) {
        this.preventiveFree = preventiveFree;
    }

    public Network getNetwork() {
        return network;
    }

    public void setNetwork(Network network) {
        this.network = network;
    }
}
