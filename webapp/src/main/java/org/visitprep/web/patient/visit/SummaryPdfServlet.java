package org.visitprep.web.patient.visit;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.record.storage.PatientRecords;
import org.visitprep.visit.VisitSummary;
import org.visitprep.visit.Visits;
import org.visitprep.visit.print.PaperSize;
import org.visitprep.visit.print.SummaryPdf;
import org.visitprep.web.layout.LanguageSelection;
import org.visitprep.web.layout.RequestedId;
import org.visitprep.web.security.SignedInPerson;
import org.visitprep.web.summary.SourceLabel;

/**
 * The PDF of the signed-in patient's approved summary of a visit, on A4 or Letter, labelled in their language. The
 * file's name says what it is and nothing more; the visit id in the address is the portal's, not health data.
 */
@WebServlet("/patient/summary.pdf")
public class SummaryPdfServlet extends HttpServlet {

    static final String FILE_NAME = "visit-summary.pdf";

    @EJB
    private Visits visits;

    @EJB
    private PatientRecords records;

    @Inject
    private SignedInPerson person;

    @Inject
    private LanguageSelection language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UUID patientId = person.patientId();
        Optional<VisitSummary> approved = RequestedId.parse(request.getParameter("visit"))
                .flatMap(visitId -> visits.approvedSummary(patientId, visitId));
        if (approved.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = SummaryPdf.render(
                approved.get(),
                language.getLocale(),
                paper(request.getParameter("paper")),
                SourceLabel.from(records.openFor(patientId), language.getLocale()));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + FILE_NAME + "\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    static PaperSize paper(String requested) {
        return "letter".equalsIgnoreCase(requested) ? PaperSize.LETTER : PaperSize.A4;
    }
}
