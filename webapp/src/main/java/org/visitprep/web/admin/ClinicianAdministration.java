package org.visitprep.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.text.MessageFormat;
import java.util.List;
import org.visitprep.administration.Administrator;
import org.visitprep.administration.ClinicianAccount;
import org.visitprep.administration.Clinicians;
import org.visitprep.administration.IdentityProviderProblem;
import org.visitprep.administration.Invitation;
import org.visitprep.web.security.SignedInPerson;

/** The clinicians page: the list, the invitation form, disabling and enabling. */
@Named
@RequestScoped
public class ClinicianAdministration {

    @EJB
    private Clinicians clinicians;

    @Inject
    private SignedInPerson person;

    @Inject
    private HttpServletRequest request;

    private List<ClinicianAccount> list;
    private boolean unavailable;

    private String username;
    private String firstName;
    private String lastName;
    private String email;

    public List<ClinicianAccount> getClinicians() {
        if (list == null) {
            try {
                list = clinicians.list();
            } catch (IdentityProviderProblem problem) {
                unavailable = true;
                list = List.of();
            }
        }
        return list;
    }

    public boolean isUnavailable() {
        getClinicians();
        return unavailable;
    }

    public String invite() {
        var invitation = new Invitation(username, firstName, lastName, email);
        var problems = invitation.problems();
        if (!problems.isEmpty()) {
            for (var problem : problems) {
                error("invite:" + fieldId(problem.field()), word("invite.problem." + problem.name()));
            }
            return null;
        }
        try {
            var invited = clinicians.invite(administrator(), invitation, portalAddress());
            info(word("invite.sent", invited.displayName(), invited.email()));
            username = firstName = lastName = email = null;
        } catch (IdentityProviderProblem problem) {
            error(null, word("problem." + problem.reason().name()));
        }
        list = null;
        return null;
    }

    public String disable(String id) {
        return change(id, false);
    }

    public String enable(String id) {
        return change(id, true);
    }

    public String sendAgain(String id) {
        try {
            clinicians.sendInvitationAgain(administrator(), id, portalAddress());
            info(word("clinicians.sentAgain"));
        } catch (IdentityProviderProblem problem) {
            error(null, word("problem." + problem.reason().name()));
        }
        return null;
    }

    private String change(String id, boolean enabled) {
        try {
            if (enabled) {
                clinicians.enable(administrator(), id);
            } else {
                clinicians.disable(administrator(), id);
            }
            info(word(enabled ? "clinicians.enabled" : "clinicians.disabled"));
        } catch (IdentityProviderProblem problem) {
            error(null, word("problem." + problem.reason().name()));
        }
        list = null;
        return null;
    }

    private Administrator administrator() {
        return new Administrator(person.adminId(), person.displayName());
    }

    /** Where an invitation's link ends: the portal's home, at the address the administrator uses. */
    private URI portalAddress() {
        String base = request.getRequestURL().toString();
        String path = request.getRequestURI();
        return URI.create(base.substring(0, base.length() - path.length()) + request.getContextPath() + "/");
    }

    private static String fieldId(Invitation.Field field) {
        return switch (field) {
            case USERNAME -> "username";
            case FIRST_NAME -> "first-name";
            case LAST_NAME -> "last-name";
            case EMAIL -> "email";
        };
    }

    static String word(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern =
                context.getApplication().getResourceBundle(context, "adminMsg").getString(key);
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }

    private static void error(String clientId, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
