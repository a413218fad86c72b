package org.therapyassist.equipment.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.equipment.Asset;
import org.therapyassist.equipment.AssetRegister;
import org.therapyassist.equipment.EquipmentCatalogue;
import org.therapyassist.equipment.Examiners;
import org.therapyassist.equipment.Faults;
import org.therapyassist.equipment.Inspections;
import org.therapyassist.equipment.Store;
import org.therapyassist.equipment.Stores;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PageSize;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;
import org.therapyassist.staff.JobRole;
import org.therapyassist.staff.StaffDirectory;

/** Inspections due or overdue, per store or across the organisation; open faults, and reporting one on stock. */
@Controller
class SafetyPages {

    private final Inspections inspections;
    private final Faults faults;
    private final AssetRegister register;
    private final Stores stores;
    private final EquipmentCatalogue catalogue;

    private final Examiners examiners;
    private final CommandGuard guard;
    private final StaffDirectory staff;

    SafetyPages(Inspections inspections, Faults faults, AssetRegister register, Stores stores,
            EquipmentCatalogue catalogue,
            Examiners examiners, CommandGuard guard, StaffDirectory staff) {
        this.examiners = examiners;
        this.guard = guard;
        this.staff = staff;
        this.inspections = inspections;
        this.faults = faults;
        this.register = register;
        this.stores = stores;
        this.catalogue = catalogue;
    }

    @GetMapping("/equipment/inspections")
    String due(CurrentUser me, @RequestParam(required = false) String storeId, @PageSize(PAGE_SIZE) PageRequest page,
            Model model) {
        return duePage(me, Text.uuidOrNull(storeId), model, new FormErrors(), Map.of(), page);
    }

    static final int PAGE_SIZE = 25;

    private String duePage(CurrentUser me, UUID store, Model model, FormErrors errors, Map<String, String> values,
            PageRequest page) {
        List<Store> all = stores.of(me.organisationId(), PageRequest.first(PageRequest.MAX_SIZE)).items();
        model.addAttribute("stores", all);
        model.addAttribute("store", store == null ? null : stores.require(me.organisationId(), store));
        model.addAttribute("due", inspections.due(me, store, page));
        // The competent people: a short list the lead keeps, shown whole (at most a page of the largest size).
        List<Examiners.Examiner> list = examiners.active(me.organisationId(), PageRequest.first(PageRequest.MAX_SIZE))
                .items();
        model.addAttribute("examiners", list);
        boolean canName = guard.allows(me, Command.NAME_EXAMINER);
        model.addAttribute("canName", canName);
        if (canName) {
            var named = list.stream().map(Examiners.Examiner::staffId).filter(Objects::nonNull).toList();
            model.addAttribute("staffOptions", staff.options(me.organisationId(), StaffDirectory.Pick.EVERYONE).stream()
                    .filter(p -> !named.contains(p.id()) && p.jobRole() != JobRole.ADMINISTRATOR)
                    .map(p -> Map.entry(p.id().toString(), p.displayName() + " (" + p.jobRole().title() + ")"))
                    .toList());
        }
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "equipment/inspections";
    }

    /** A team lead names an equipment lead (a member of staff) or adds an external examiner. */
    @Performs(Command.NAME_EXAMINER)
    @PostMapping("/equipment/examiners")
    String addExaminer(CurrentUser me, FormPost<ExaminerForm> post, Model model, RedirectAttributes redirect) {
        return post.submit(form -> {
            Examiners.Examiner added = "lead".equals(form.kind())
                    ? examiners.nameEquipmentLead(me, form.staffId())
                    : examiners.addExternal(me,
                            new Examiners.NewExternal(form.name(), form.company(), form.reference()));
            redirect.addFlashAttribute("banner", Messages.text("equipment.inspections.examiner.added", added.shown()));
            return "redirect:/equipment/inspections#examiners";
        }, (errors, values) -> duePage(me, null, model, errors, values, PageRequest.first(PAGE_SIZE)));
    }

    @Performs(Command.NAME_EXAMINER)
    @PostMapping("/equipment/examiners/{id}/remove")
    String removeExaminer(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
        examiners.remove(me, id);
        redirect.addFlashAttribute("banner", Messages.text("equipment.inspections.examiner.removed"));
        return "redirect:/equipment/inspections#examiners";
    }

    @GetMapping("/equipment/faults")
    String faults(CurrentUser me, @PageSize(PAGE_SIZE) PageRequest page, Model model) {
        return faultsPage(me, model, new FormErrors(), Map.of(), page);
    }

    /** A fault on counted stock, or on an asset found by its label; from a store or a patient's home. */
    @Performs(Command.REPORT_FAULT)
    @PostMapping("/equipment/faults")
    String report(CurrentUser me, FormPost<FaultReport> post, Model model, RedirectAttributes redirect) {
        return post.submit(form -> {
            String label = Text.blankToNull(form.label());
            UUID assetId = label == null
                    ? null
                    : register.byLabel(me, label).map(Asset::id).orElseThrow(() -> new InvalidInputException(
                            Map.of("label",
                                    Messages.text("equipment.find.unknown", AssetRegister.normaliseLabel(label)))));
            faults.report(me,
                    new Faults.NewFault(assetId, assetId == null ? form.itemCode() : null, null, form.description()));
            redirect.addFlashAttribute("banner", assetId == null
                    ? Messages.text("equipment.fault.reported")
                    : Messages.text("equipment.fault.reported.quarantined"));
            return "redirect:/equipment/faults";
        }, (errors, values) -> faultsPage(me, model, errors, values, PageRequest.first(PAGE_SIZE)));
    }

    private String faultsPage(CurrentUser me, Model model, FormErrors errors, Map<String, String> values,
            PageRequest page) {
        model.addAttribute("faults", faults.open(me, page));
        model.addAttribute("items", catalogue.all().stream().map(i -> Map.entry(i.code(), i.name())).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "equipment/faults";
    }

    /** "lead" names a member of staff; otherwise an external examiner. */
    record ExaminerForm(String kind, UUID staffId, String name, String company, String reference) {
    }

    record FaultReport(String label, String itemCode, String description) {
    }
}
