package org.therapyassist.equipment.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.equipment.AssetRegister;
import org.therapyassist.equipment.EquipmentCatalogue;
import org.therapyassist.equipment.Faults;
import org.therapyassist.equipment.Inspections;
import org.therapyassist.equipment.Store;
import org.therapyassist.equipment.Stores;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.FormErrors;

/** Inspections due or overdue, per store or across the organisation; open faults, and reporting one on stock. */
@Controller
class SafetyPages {

    private final Inspections inspections;
    private final Faults faults;
    private final AssetRegister register;
    private final Stores stores;
    private final EquipmentCatalogue catalogue;

    SafetyPages(Inspections inspections, Faults faults, AssetRegister register, Stores stores, EquipmentCatalogue catalogue) {
        this.inspections = inspections;
        this.faults = faults;
        this.register = register;
        this.stores = stores;
        this.catalogue = catalogue;
    }

    @GetMapping("/equipment/inspections")
    String due(CurrentUser me, @RequestParam(required = false) String storeId, Model model) {
        UUID store = Text.uuidOrNull(storeId);
        List<Store> all = stores.of(me.organisationId());
        model.addAttribute("stores", all);
        model.addAttribute("store", store == null ? null : stores.require(me.organisationId(), store));
        model.addAttribute("due", inspections.due(me, store));
        return "equipment/inspections";
    }

    @GetMapping("/equipment/faults")
    String faults(CurrentUser me, Model model) {
        return faultsPage(me, model, new FormErrors(), Map.of());
    }

    /** A fault on counted stock, or on an asset found by its label; from a store or a patient's home. */
    @PostMapping("/equipment/faults")
    String report(CurrentUser me, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        UUID assetId = null;
        String label = Text.blankToNull(form.get("label"));
        if (label != null) {
            var asset = register.byLabel(me, label);
            if (asset.isEmpty()) {
                errors.add("label", "No asset has the label " + AssetRegister.normaliseLabel(label));
            } else {
                assetId = asset.get().id();
            }
        }
        if (errors.isEmpty()) {
            try {
                faults.report(me, new Faults.NewFault(assetId, assetId == null ? form.get("itemCode") : null, null,
                        form.get("description")));
                redirect.addFlashAttribute("banner", assetId == null ? "Fault reported."
                        : "Fault reported. The asset is quarantined and must not be used.");
                return "redirect:/equipment/faults";
            } catch (InvalidInputException e) {
                errors.add(e);
            } catch (ConflictException | NotAllowedException e) {
                errors.refuse(e);
            }
        }
        return faultsPage(me, model, errors, form);
    }

    private String faultsPage(CurrentUser me, Model model, FormErrors errors, Map<String, String> values) {
        model.addAttribute("faults", faults.open(me));
        model.addAttribute("items", catalogue.all().stream().map(i -> Map.entry(i.code(), i.name())).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "equipment/faults";
    }
}
