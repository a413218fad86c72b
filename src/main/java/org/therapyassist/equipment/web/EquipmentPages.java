package org.therapyassist.equipment.web;

import org.therapyassist.platform.web.PageSize;
import org.therapyassist.platform.PageRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import org.therapyassist.equipment.Bin;
import org.therapyassist.equipment.EquipmentCatalogue;
import org.therapyassist.equipment.Loans;
import org.therapyassist.equipment.Reservations;
import org.therapyassist.equipment.StockLedger;
import org.therapyassist.equipment.Stores;
import org.therapyassist.platform.DomainException;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

/** Stores, stock and its ledger, bookings, and lending equipment to a patient. */
@Controller
class EquipmentPages {

    private final Stores stores;
    private final StockLedger ledger;
    private final EquipmentCatalogue catalogue;
    private final Assets assets;
    private final Loans loans;
    private final Reservations reservations;
    private final Clock clock;
    private final org.therapyassist.staff.StaffDirectory teams;

    EquipmentPages(Stores stores, StockLedger ledger, EquipmentCatalogue catalogue, Assets assets, Loans loans,
            Reservations reservations, org.therapyassist.staff.StaffDirectory teams, Clock clock) {
        this.teams = teams;
        this.stores = stores;
        this.ledger = ledger;
        this.catalogue = catalogue;
        this.assets = assets;
        this.loans = loans;
        this.reservations = reservations;
        this.clock = clock;
    }

    @GetMapping("/equipment")
    String home(CurrentUser me, @PageSize(PAGE_SIZE) PageRequest page, Model model) {
        model.addAttribute("stores", stores.of(me.organisationId(), PageRequest.first(PageRequest.MAX_SIZE)));
        model.addAttribute("overdue", loans.overdue(me, page));
        model.addAttribute("today", Time.today(clock));
        model.addAttribute("teams", teams.teams(me.organisationId()).stream().map(t -> Map.entry(t.id().toString(), t.name())).toList());
        model.addAttribute("storeKinds", List.of(Map.entry("WARD", "Ward store"), Map.entry("COMMUNITY_BASE", "Community base"),
                Map.entry("CENTRAL", "Central store")));
        model.addAttribute("isLead", me.has(org.therapyassist.platform.Role.TEAM_LEAD));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
            model.addAttribute("v", Map.of());
        }
        return "equipment/home";
    }

    @Performs(Command.OPEN_STORE)
    @PostMapping("/equipment/stores")
    String openStore(CurrentUser me, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        org.therapyassist.equipment.Store.Kind kind = errors.choice("kind", org.therapyassist.equipment.Store.Kind.class, form.get("kind"));
        if (errors.isEmpty()) {
            try {
                var store = stores.open(me, Text.uuidOrNull(form.get("teamId")), form.get("name"), kind);
                redirect.addFlashAttribute("banner", store.name() + " opened. Record its opening stock below.");
                return "redirect:/equipment/stores/" + store.id();
            } catch (InvalidInputException e) {
                errors.add(e);
            } catch (DomainException e) {
                errors.refuse(e);
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("v", form);
        return home(me, PageRequest.first(PAGE_SIZE), model);
    }

    @Performs(Command.SET_REORDER_LEVEL)
    @PostMapping("/equipment/stores/{id}/levels")
    String level(CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Integer level = errors.integer("reorderLevel", "reorder level", form.get("reorderLevel"));
        Integer quantity = errors.integer("reorderQuantity", "quantity to order", form.get("reorderQuantity"));
        if (errors.isEmpty()) {
            try {
                stores.setReorderLevel(me, id, catalogue.require(form.getOrDefault("levelItemCode", ""), "levelItemCode"), level, quantity);
                redirect.addFlashAttribute("banner", "Reorder level saved.");
                return "redirect:/equipment/stores/" + id;
            } catch (InvalidInputException e) {
                errors.add(e);
            } catch (DomainException e) {
                errors.refuse(e);
            }
        }
        return storePage(me, id, model, errors, form, "levels", PageRequest.first(PAGE_SIZE));
    }

    @GetMapping("/equipment/stores/{id}")
    String store(CurrentUser me, @PathVariable UUID id, @PageSize(PAGE_SIZE) PageRequest page, Model model) {
        return storePage(me, id, model, new FormErrors(), Map.of(), null, page);
    }

    @Performs(Command.MOVE_STOCK)
    @PostMapping("/equipment/stores/{id}/movements")
    String move(CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Integer quantity = errors.integer("quantity", "quantity", form.get("quantity"));
        String kind = form.getOrDefault("kind", "");
        if (!List.of("RECEIVE", "ADJUST", "WRITE_OFF", "TRANSFER", "CLEANED").contains(kind)) {
            errors.add("kind", "Choose what happened");
        }
        if (quantity == null && !errors.has("quantity")) {
            errors.add("quantity", "Enter the quantity");
        }
        if (errors.isEmpty()) {
            try {
                String item = form.get("itemCode");
                switch (kind) {
                    case "RECEIVE" -> ledger.receive(me, id, item, quantity, form.get("reason"));
                    case "ADJUST" -> ledger.adjust(me, id, item, quantity, form.get("reason"));
                    case "WRITE_OFF" -> ledger.writeOff(me, id, item, quantity,
                            "QUARANTINE".equals(form.get("bin")) ? Bin.QUARANTINE : Bin.AVAILABLE, form.get("reason"));
                    case "TRANSFER" -> {
                        UUID to = Text.uuidOrNull(form.get("toStoreId"));
                        if (to == null) {
                            throw new InvalidInputException(Map.of("toStoreId", "Choose the store to transfer to"));
                        }
                        ledger.transfer(me, id, to, item, quantity, form.get("reason"));
                    }
                    default -> ledger.cleaned(me, id, item, quantity, form.get("reason"));
                }
                redirect.addFlashAttribute("banner", "Recorded in the stock ledger.");
                return "redirect:/equipment/stores/" + id;
            } catch (InvalidInputException e) {
                errors.add(e);
            } catch (DomainException e) {
                errors.refuse(e);
            }
        }
        return storePage(me, id, model, errors, form, "movement", PageRequest.first(PAGE_SIZE));
    }

    @Performs(Command.RESERVE_EQUIPMENT)
    @PostMapping("/equipment/stores/{id}/reservations")
    String reserve(CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        LocalDate starts = errors.date("startsOn", "first day", form.get("startsOnDay"), form.get("startsOnMonth"),
                form.get("startsOnYear"), true);
        LocalDate ends = errors.date("endsOn", "last day", form.get("endsOnDay"), form.get("endsOnMonth"),
                form.get("endsOnYear"), true);
        Integer quantity = Text.blankToNull(form.get("bookQuantity")) == null ? Integer.valueOf(1)
                : errors.integer("bookQuantity", "quantity", form.get("bookQuantity"));
        if (errors.isEmpty()) {
            try {
                reservations.reserve(me, new Reservations.NewReservation(id, form.get("bookItemCode"),
                        Text.uuidOrNull(form.get("assetId")), quantity, starts, ends, null, form.get("bookReason")));
                redirect.addFlashAttribute("banner", "Booked.");
                return "redirect:/equipment/stores/" + id;
            } catch (InvalidInputException e) {
                e.fieldErrors().forEach((f, m) -> errors.add(switch (f) {
                    case "itemCode" -> "bookItemCode";
                    case "reason" -> "bookReason";
                    case "quantity" -> "bookQuantity";
                    default -> f;
                }, m));
            } catch (DomainException e) {
                errors.refuse(e);
            }
        }
        return storePage(me, id, model, errors, form, "booking", PageRequest.first(PAGE_SIZE));
    }

    @Performs(Command.RESERVE_EQUIPMENT)
    @PostMapping("/equipment/reservations/{id}/cancel")
    String cancelBooking(CurrentUser me, @PathVariable UUID id, @RequestParam UUID storeId, RedirectAttributes redirect) {
        try {
            reservations.cancel(me, id);
            redirect.addFlashAttribute("banner", "Booking cancelled.");
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", FormErrors.messageOf(e));
        }
        return "redirect:/equipment/stores/" + storeId;
    }

    @Performs(Command.RECORD_CLEANING)
    @PostMapping("/equipment/assets/{id}/clean")
    String assetCleaned(CurrentUser me, @PathVariable UUID id, @RequestParam UUID storeId,
            @RequestParam(required = false) String method, @RequestParam(required = false) String returnTo,
            RedirectAttributes redirect) {
        try {
            loans.assetCleaned(me, id, method);
            redirect.addFlashAttribute("banner", "Cleaning recorded. It is available again.");
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", FormErrors.messageOf(e));
        }
        return "asset".equals(returnTo) ? "redirect:/equipment/assets/" + id : "redirect:/equipment/stores/" + storeId;
    }

    static final int PAGE_SIZE = 25;
    /** The store page shows the newest ledger entries and the soonest bookings; the API pages through the rest. */
    static final int LATEST = 25;

    private String storePage(CurrentUser me, UUID id, Model model, FormErrors errors, Map<String, String> values, String open,
            PageRequest assetPage) {
        model.addAttribute("store", stores.require(me.organisationId(), id));
        model.addAttribute("stock", ledger.stockOf(me.organisationId(), id));
        model.addAttribute("assets", assets.inStore(me.organisationId(), id, assetPage));
        // The booking form chooses from the store's assets; a picker, at most a page of the largest size.
        model.addAttribute("bookable", assets.inStore(me.organisationId(), id, PageRequest.first(PageRequest.MAX_SIZE)).items());
        model.addAttribute("bookings", reservations.ofStore(me.organisationId(), id, PageRequest.first(LATEST)));
        model.addAttribute("movements", ledger.movements(me.organisationId(), id, null, PageRequest.first(LATEST)));
        model.addAttribute("otherStores", stores.of(me.organisationId(), PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .filter(s -> !s.id().equals(id))
                .map(s -> Map.entry(s.id().toString(), s.name())).toList());
        model.addAttribute("countedItems", catalogue.all().stream().filter(i -> !i.isAsset())
                .map(i -> Map.entry(i.code(), i.name())).toList());
        model.addAttribute("allItems", catalogue.all().stream().map(i -> Map.entry(i.code(), i.name())).toList());
        model.addAttribute("kinds", List.of(Map.entry("RECEIVE", "Received (delivery or found)"),
                Map.entry("ADJUST", "Stock count differs (adjustment; use a minus for fewer)"), Map.entry("WRITE_OFF", "Written off"),
                Map.entry("TRANSFER", "Transferred to another store"), Map.entry("CLEANED", "Cleaned: from quarantine back to available")));
        model.addAttribute("today", Time.today(clock));
        model.addAttribute("isLead", me.has(org.therapyassist.platform.Role.TEAM_LEAD));
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        model.addAttribute("open", open);
        return "equipment/store";
    }

    @GetMapping("/patients/{id}/equipment/new")
    String lendForm(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) UUID sessionRecordId, Model model) {
        return lendPage(me, id, model, new FormErrors(),
                sessionRecordId == null ? Map.of() : Map.of("sessionRecordId", sessionRecordId.toString()));
    }

    @Performs(Command.LEND_EQUIPMENT)
    @PostMapping("/patients/{id}/equipment")
    String lend(CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Integer quantity = Text.blankToNull(form.get("quantity")) == null ? null
                : errors.integer("quantity", "quantity", form.get("quantity"));
        LocalDate returnBy = errors.date("expectedReturnOn", "expected return date", form.get("expectedReturnOnDay"),
                form.get("expectedReturnOnMonth"), form.get("expectedReturnOnYear"), false);
        LocalDate review = errors.date("reviewOn", "review date", form.get("reviewOnDay"), form.get("reviewOnMonth"),
                form.get("reviewOnYear"), false);
        UUID assetId = null;
        String label = Text.blankToNull(form.get("assetLabel"));
        if (label != null) {
            var asset = assets.byLabel(me.organisationId(), label.strip());
            if (asset.isEmpty()) {
                errors.add("assetLabel", "There is no asset with the label " + label.strip());
            } else {
                assetId = asset.get().id();
            }
        }
        if (errors.isEmpty()) {
            try {
                loans.issue(me, new Loans.NewLoan(id, Text.uuidOrNull(form.get("storeId")), form.get("itemCode"), assetId,
                        quantity, form.get("adjustments"), form.get("instructions"), Text.uuidOrNull(form.get("sessionRecordId")),
                        returnBy, review));
                redirect.addFlashAttribute("banner", "Equipment lent and recorded on the patient's record.");
                UUID visit = Text.uuidOrNull(form.get("sessionRecordId"));
                return visit != null ? "redirect:/session-records/" + visit : "redirect:/patients/" + id + "#equipment";
            } catch (InvalidInputException e) {
                e.fieldErrors().forEach((f, m) -> errors.add(f.equals("assetId") ? "assetLabel" : f, m));
            } catch (DomainException e) {
                errors.refuse(e);
            }
        }
        return lendPage(me, id, model, errors, form);
    }

    private String lendPage(CurrentUser me, UUID patientId, Model model, FormErrors errors, Map<String, String> values) {
        model.addAttribute("patientId", patientId);
        model.addAttribute("stores", stores.of(me.organisationId()).stream()
                .map(s -> Map.entry(s.id().toString(), s.name())).toList());
        model.addAttribute("items", catalogue.all().stream()
                .map(i -> Map.entry(i.code(), i.name() + (i.isAsset() ? " (give its label)" : ""))).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "equipment/lend";
    }

    @Performs(Command.RETURN_EQUIPMENT)
    @PostMapping("/equipment/loans/{id}/return")
    String returned(CurrentUser me, @PathVariable UUID id, @RequestParam UUID patientId,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            var loan = loans.returned(me, id, note);
            redirect.addFlashAttribute("banner", loan.itemName() + " returned: it goes to "
                    + (loan.assetId() != null ? "cleaning" : "quarantine") + " before it can be lent again.");
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", FormErrors.messageOf(e));
        }
        return "redirect:/patients/" + patientId + "#equipment";
    }

}
