package org.therapyassist.equipment.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.equipment.Assets;
import org.therapyassist.equipment.EquipmentCatalogue;
import org.therapyassist.equipment.Loans;
import org.therapyassist.equipment.Stores;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.Actions;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.Label;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

/** Lending equipment to a patient (from their record or at a visit) and taking it back. */
@Controller
class LoanPages {

    private final Stores stores;
    private final EquipmentCatalogue catalogue;
    private final Assets assets;
    private final Loans loans;

    LoanPages(Stores stores, EquipmentCatalogue catalogue, Assets assets, Loans loans) {
        this.stores = stores;
        this.catalogue = catalogue;
        this.assets = assets;
        this.loans = loans;
    }

    @GetMapping("/patients/{id}/equipment/new")
    String lendForm(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) UUID sessionRecordId,
            Model model) {
        return lendPage(me, id, model, new FormErrors(),
                sessionRecordId == null ? Map.of() : Map.of("sessionRecordId", sessionRecordId.toString()));
    }

    @Performs(Command.LEND_EQUIPMENT)
    @PostMapping("/patients/{id}/equipment")
    String lend(CurrentUser me, @PathVariable UUID id, FormPost<LendForm> post, Model model,
            RedirectAttributes redirect) {
        return post.fields(f -> f.equals("assetId") ? "assetLabel" : f).submit(form -> {
            loans.issue(me, new Loans.NewLoan(id, form.storeId(), form.itemCode(), assetId(me, form.assetLabel()),
                    form.quantity(), form.adjustments(), form.instructions(), form.sessionRecordId(),
                    form.expectedReturnOn(), form.reviewOn()));
            redirect.addFlashAttribute("banner", Messages.text("equipment.lend.done"));
            return form.sessionRecordId() != null
                    ? "redirect:/session-records/" + form.sessionRecordId()
                    : "redirect:/patients/" + id + "#equipment";
        }, (errors, values) -> lendPage(me, id, model, errors, values));
    }

    /** The asset a scanned or typed label names; none for counted stock. */
    private UUID assetId(CurrentUser me, String typed) {
        String label = Text.blankToNull(typed);
        if (label == null) {
            return null;
        }
        return assets.byLabel(me.organisationId(), label).map(a -> a.id()).orElseThrow(
                () -> new InvalidInputException(
                        Map.of("assetLabel", Messages.text("equipment.lend.asset.unknown", label))));
    }

    private String lendPage(CurrentUser me, UUID patientId, Model model, FormErrors errors,
            Map<String, String> values) {
        model.addAttribute("patientId", patientId);
        model.addAttribute("stores", stores.of(me.organisationId()).stream()
                .map(s -> Map.entry(s.id().toString(), s.name())).toList());
        model.addAttribute("items", catalogue.all().stream()
                .map(i -> Map.entry(i.code(),
                        i.isAsset() ? Messages.text("equipment.lend.item.give-label", i.name()) : i.name()))
                .toList());
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "equipment/lend";
    }

    @Performs(Command.RETURN_EQUIPMENT)
    @PostMapping("/equipment/loans/{id}/return")
    String returned(CurrentUser me, @PathVariable UUID id, @RequestParam UUID patientId,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return Actions.run(redirect, "/patients/" + patientId + "#equipment", () -> {
            var loan = loans.returned(me, id, note);
            return Messages.text(loan.assetId() != null
                    ? "equipment.lend.returned.cleaning"
                    : "equipment.lend.returned.quarantine", loan.itemName());
        });
    }

    record LendForm(UUID storeId, String itemCode, String assetLabel,
            @Label("{equipment.field.quantity}") Integer quantity,
            String adjustments, String instructions, UUID sessionRecordId,
            @Label("{equipment.field.expected-return-on}") LocalDate expectedReturnOn,
            @Label("{equipment.field.review-on}") LocalDate reviewOn) {
    }
}
