package org.therapyassist.equipment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.equipment.Asset;
import org.therapyassist.equipment.AssetRegister;
import org.therapyassist.equipment.EquipmentCatalogue;
import org.therapyassist.equipment.Examiners;
import org.therapyassist.equipment.Faults;
import org.therapyassist.equipment.InspectionRules;
import org.therapyassist.equipment.Inspections;
import org.therapyassist.equipment.ItemType;
import org.therapyassist.equipment.Loans;
import org.therapyassist.equipment.Store;
import org.therapyassist.equipment.Stores;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Actions;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PageSize;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;

/** The asset register, an asset's page (inspections, faults, retirement), its printable QR label, and find by label. */
@Controller
class AssetPages {

    private final AssetRegister register;
    private final Inspections inspections;
    private final Faults faults;
    private final Stores stores;
    private final EquipmentCatalogue catalogue;
    private final Clock clock;

    private final Loans loans;

    private final Examiners examiners;
    private final CommandGuard guard;

    AssetPages(AssetRegister register, Inspections inspections, Faults faults, Stores stores,
            EquipmentCatalogue catalogue,
            Loans loans, Examiners examiners, CommandGuard guard, Clock clock) {
        this.examiners = examiners;
        this.guard = guard;
        this.loans = loans;
        this.register = register;
        this.inspections = inspections;
        this.faults = faults;
        this.stores = stores;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GetMapping("/equipment/assets")
    String list(CurrentUser me, @RequestParam(required = false) String storeId, @PageSize(PAGE_SIZE) PageRequest page,
            Model model) {
        return registerPage(me, Text.uuidOrNull(storeId), model, new FormErrors(), Map.of(), page);
    }

    @Performs(Command.ADD_ASSET)
    @PostMapping("/equipment/assets")
    String add(CurrentUser me, FormPost<AssetRegister.NewAsset> post, Model model, RedirectAttributes redirect) {
        return post.refusalsBeside("label").submit(asset -> {
            Asset added = register.add(me, asset);
            redirect.addFlashAttribute("banner", Messages.text("equipment.assets.added", added.label()));
            return "redirect:/equipment/assets/" + added.id();
        }, (errors, values) -> registerPage(me, Text.uuidOrNull(values.get("storeId")), model, errors, values,
                PageRequest.first(PAGE_SIZE)));
    }

    static final int PAGE_SIZE = 25;
    /** The asset page shows the latest inspections, faults and cleanings; the API pages through the rest. */
    static final int LATEST = 20;

    private String registerPage(CurrentUser me, UUID storeId, Model model, FormErrors errors,
            Map<String, String> values,
            PageRequest page) {
        List<Store> all = stores.of(me.organisationId(), PageRequest.first(PageRequest.MAX_SIZE)).items();
        Store store = storeId == null
                ? (all.isEmpty() ? null : all.getFirst())
                : stores.require(me.organisationId(), storeId);
        model.addAttribute("stores", all);
        model.addAttribute("storeOptions", all.stream().map(s -> Map.entry(s.id().toString(), s.name())).toList());
        model.addAttribute("store", store);
        model.addAttribute("assets", store == null ? Page.empty(page) : register.inStore(me, store.id(), page));
        model.addAttribute("items", catalogue.all().stream().filter(ItemType::isAsset)
                .map(i -> Map.entry(i.code(), i.name())).toList());
        model.addAttribute("errors", errors);
        Map<String, String> v = new HashMap<>(values);
        if (store != null) {
            v.putIfAbsent("storeId", store.id().toString());
        }
        model.addAttribute("v", v);
        return "equipment/assets";
    }

    @GetMapping("/equipment/assets/{id}")
    String show(CurrentUser me, @PathVariable UUID id, Model model) {
        return assetPage(me, id, model, new FormErrors(), Map.of());
    }

    @Performs(Command.RECORD_EXAMINATION)
    @PostMapping("/equipment/assets/{id}/inspections")
    String inspect(CurrentUser me, @PathVariable UUID id, FormPost<Inspections.NewInspection> post,
            @RequestParam(name = "report", required = false) MultipartFile report,
            Model model,
            RedirectAttributes redirect) {
        return post.submit(inspection -> {
            inspections.record(me, id, inspection, report);
            redirect.addFlashAttribute("banner", inspection.result() == InspectionRules.Result.FAIL
                    ? Messages.text("equipment.asset.inspection.failed")
                    : Messages.text("equipment.asset.inspection.recorded"));
            return "redirect:/equipment/assets/" + id;
        }, (errors, values) -> assetPage(me, id, model, errors, values));
    }

    @Performs(Command.REPORT_FAULT)
    @PostMapping("/equipment/assets/{id}/faults")
    String reportFault(CurrentUser me, @PathVariable UUID id, FormPost<FaultForm> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(form -> {
            faults.report(me, new Faults.NewFault(id, null, null, form.description()));
            redirect.addFlashAttribute("banner", Messages.text("equipment.fault.reported.quarantined"));
            return "redirect:/equipment/assets/" + id;
        }, (errors, values) -> assetPage(me, id, model, errors, values));
    }

    @Performs(Command.RETIRE_ASSET)
    @PostMapping("/equipment/assets/{id}/retire")
    String retire(CurrentUser me, @PathVariable UUID id, FormPost<RetireForm> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(form -> {
            register.retire(me, id, form.version(), form.reason());
            redirect.addFlashAttribute("banner", Messages.text("equipment.asset.retired"));
            return "redirect:/equipment/assets/" + id;
        }, (errors, values) -> assetPage(me, id, model, errors, values));
    }

    @Performs(Command.MARK_FAULT_REPAIRED)
    @PostMapping("/equipment/faults/{faultId}/repaired")
    String repaired(CurrentUser me, @PathVariable UUID faultId, @RequestParam(required = false) String resolution,
            @RequestParam(required = false) String returnTo, RedirectAttributes redirect) {
        Faults.Fault fault = faults.require(me.organisationId(), faultId);
        return Actions.run(redirect, fault.assetId() != null && !"faults".equals(returnTo)
                ? "/equipment/assets/" + fault.assetId()
                : "/equipment/faults", () -> {
                    faults.repaired(me, faultId, resolution);
                    return fault.assetId() == null
                            ? Messages.text("equipment.fault.repaired")
                            : Messages.text("equipment.fault.repaired.asset");
                });
    }

    @GetMapping("/equipment/assets/{id}/label")
    String label(CurrentUser me, @PathVariable UUID id, Model model) {
        Asset asset = register.require(me, id);
        model.addAttribute("asset", asset);
        model.addAttribute("store", stores.require(me.organisationId(), asset.storeId()));
        model.addAttribute("qr", LabelQr.svg(asset.label(), 192, Messages.text("equipment.label.qr", asset.label())));
        return "equipment/label";
    }

    /** What a scanner types (the label, then Enter) opens the asset; otherwise the form again with a message. */
    @GetMapping("/equipment/find")
    String find(CurrentUser me, @RequestParam(required = false) String label, Model model) {
        FormErrors errors = new FormErrors();
        if (label != null) {
            var found = register.byLabel(me, label);
            if (found.isPresent()) {
                return "redirect:/equipment/assets/" + found.get().id();
            }
            errors.add("label", Text.blankToNull(label) == null
                    ? Messages.text("equipment.find.blank")
                    : Messages.text("equipment.find.unknown", AssetRegister.normaliseLabel(label)));
        } else {
            register.byLabel(me, null);
        }
        model.addAttribute("errors", errors);
        model.addAttribute("v", Map.of("label", label == null ? "" : label));
        return "equipment/find";
    }

    private String assetPage(CurrentUser me, UUID id, Model model, FormErrors errors, Map<String, String> values) {
        Asset asset = register.require(me, id);
        LocalDate today = Time.today(clock);
        boolean openFault = faults.hasOpenFault(me.organisationId(), id);
        model.addAttribute("asset", asset);
        model.addAttribute("store", stores.require(me.organisationId(), asset.storeId()));
        model.addAttribute("item", catalogue.require(asset.itemCode(), "itemCode"));
        model.addAttribute("due", asset.status() == Asset.Status.RETIRED
                ? InspectionRules.Due.NOT_REQUIRED
                : InspectionRules.classify(asset.nextInspectionDue(), today));
        model.addAttribute("issuable", asset.issuableOn(today));
        model.addAttribute("inspections", inspections.history(me.organisationId(), id, PageRequest.first(LATEST)));
        model.addAttribute("faults", faults.ofAsset(me.organisationId(), id, PageRequest.first(LATEST)));
        model.addAttribute("cleanings", loans.cleaningsOf(me.organisationId(), id, PageRequest.first(LATEST)));
        model.addAttribute("openFault", openFault);
        model.addAttribute("needsReinspection", asset.status() == Asset.Status.QUARANTINED && !openFault);
        model.addAttribute("retirement", register.retirementOf(me.organisationId(), id).orElse(null));
        model.addAttribute("results",
                List.of(Map.entry("PASS", Messages.text("equipment.asset.result.PASS")),
                        Map.entry("FAIL", Messages.text("equipment.asset.result.FAIL"))));
        model.addAttribute("examiners",
                examiners.active(me.organisationId(), PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                        .map(e -> Map.entry(e.id().toString(), e.shown())).toList());
        model.addAttribute("canExamine", guard.allows(me, Command.RECORD_EXAMINATION));
        model.addAttribute("canRepair", guard.allows(me, Command.MARK_FAULT_REPAIRED));
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "equipment/asset";
    }

    @ResponseBody
    @GetMapping(value = "/equipment/assets/{id}/label.svg", produces = "image/svg+xml")
    String labelSvg(CurrentUser me, @PathVariable UUID id) {
        Asset asset = register.require(me, id);
        return LabelQr.svg(asset.label(), 192, Messages.text("equipment.label.qr", asset.label()));
    }

    record FaultForm(String description) {
    }

    record RetireForm(String reason, Integer version) {
    }
}
