package fr.poleess.support.workshop;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import fr.poleess.support.shared.FormRecord;
import fr.poleess.support.shared.Label;
import fr.poleess.support.workshop.CollectiveSessionProcess.AttendanceForm;

/** What « Saisir l'émargement » says: registration ids by attendance, and that it copies the signed sheet. */
@FormRecord(CollectiveSessionProcess.Forms.ATTENDANCE)
public record RecordAttendance(
        @Label(value = "Présents", key = AttendanceForm.PRESENT) List<Long> present,
        @Label(value = "Absents excusés", key = AttendanceForm.EXCUSED) List<Long> excused,
        @Label(value = "Prospects présents qui souhaitent poursuivre (un parcours sera ouvert à l'accueil)", key = AttendanceForm.CONTINUING) List<Long> continuingProspects,
        @Label(value = "La saisie reprend la feuille d'émargement signée", key = AttendanceForm.CONFIRMED)
        @NotNull(message = "confirmez que la saisie reprend la feuille signée") Boolean signInSheetSigned) {
}
