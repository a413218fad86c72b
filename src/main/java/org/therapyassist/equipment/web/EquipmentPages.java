package org.therapyassist.equipment.web;

import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
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
import org.therapyassist.equipment.Store;
import org.therapyassist.equipment.Stores;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Actions;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.Label;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PageSize;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;
import org.therapyassist.staff.StaffDirectory;

/** Stores, stock and its ledger, and bookings; lending to a patient is {@link LoanPages}. */
@Controller
class EquipmentPages {

    private final Stores stores;
    private final StockLedger ledger;
    private final EquipmentCatalogue catalogue;
    private final Assets assets;
    private final Loans loans;
    private final Reservations reservations;
    private final Clock clock;
    private final StaffDirectory teams;
    private final CommandGuard guard;

    EquipmentPages(Stores stores, StockLedger ledger, EquipmentCatalogue catalogue, Assets assets, Loans loans,
            Reservations reservations, StaffDirectory teams, Clock clock, CommandGuard guard) {
        this.teams = teams;
        this.guard = guard;
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
        model.addAttribute("teams",
                teams.teams(me.organisationId()).stream().map(t -> Map.entry(t.id().toString(), t.name())).toList());
        model.addAttribute("storeKinds",
                Stream.of("WARD", "COMMUNITY_BASE", "CENTRAL")
                        .map(k -> Map.entry(k, Messages.text("equipment.home.open.kind." + k))).toList());
        model.addAttribute("canOpenStore", guard.allows(me, Command.OPEN_STORE));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
            model.addAttribute("v", Map.of());
        }
        return "equipment/home";
    }

    @Performs(Command.OPEN_STORE)
    @PostMapping("/equipment/stores")
    String openStore(CurrentUser me, FormPost<StoreForm> post, Model model, RedirectAttributes redirect) {
        return post.submit(form -> {
            var store = stores.open(me, form.teamId(), form.name(), form.kind());
            redirect.addFlashAttribute("banner", Messages.text("equipment.home.opened", store.name()));
            return "redirect:/equipment/stores/" + store.id();
        }, (errors, values) -> {
            model.addAttribute("errors", errors);
            model.addAttribute("v", values);
            return home(me, PageRequest.first(PAGE_SIZE), model);
        });
    }

    @Performs(Command.SET_REORDER_LEVEL)
    @PostMapping("/equipment/stores/{id}/levels")
    String level(CurrentUser me, @PathVariable UUID id, FormPost<LevelForm> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(form -> {
            stores.setReorderLevel(me, id, catalogue.require(form.levelItemCode(), "levelItemCode"),
                    form.reorderLevel(), form.reorderQuantity());
            redirect.addFlashAttribute("banner", Messages.text("equipment.store.level.saved"));
            return "redirect:/equipment/stores/" + id;
        }, (errors, values) -> storePage(me, id, model, errors, values, "levels", PageRequest.first(PAGE_SIZE)));
    }

    @GetMapping("/equipment/stores/{id}")
    String store(CurrentUser me, @PathVariable UUID id, @PageSize(PAGE_SIZE) PageRequest page, Model model) {
        return storePage(me, id, model, new FormErrors(), Map.of(), null, page);
    }

    @Performs(Command.MOVE_STOCK)
    @PostMapping("/equipment/stores/{id}/movements")
    String move(CurrentUser me, @PathVariable UUID id, FormPost<MovementForm> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(form -> {
            String item = form.itemCode();
            switch (form.kind()) {
                case RECEIVE -> ledger.receive(me, id, item, form.quantity(), form.reason());
                case ADJUST -> ledger.adjust(me, id, item, form.quantity(), form.reason());
                case WRITE_OFF -> ledger.writeOff(me, id, item, form.quantity(),
                        "QUARANTINE".equals(form.bin()) ? Bin.QUARANTINE : Bin.AVAILABLE, form.reason());
                case TRANSFER -> {
                    if (form.toStoreId() == null) {
                        throw new InvalidInputException(
                                Map.of("toStoreId", Messages.text("equipment.store.move.to.blank")));
                    }
                    ledger.transfer(me, id, form.toStoreId(), item, form.quantity(), form.reason());
                }
                case CLEANED -> ledger.cleaned(me, id, item, form.quantity(), form.reason());
            }
            redirect.addFlashAttribute("banner", Messages.text("equipment.store.move.done"));
            return "redirect:/equipment/stores/" + id;
        }, (errors, values) -> storePage(me, id, model, errors, values, "movement", PageRequest.first(PAGE_SIZE)));
    }

    @Performs(Command.RESERVE_EQUIPMENT)
    @PostMapping("/equipment/stores/{id}/reservations")
    String reserve(CurrentUser me, @PathVariable UUID id, FormPost<BookingForm> post, Model model,
            RedirectAttributes redirect) {
        return post.fields(BookingForm::pageField).submit(form -> {
            reservations.reserve(me, new Reservations.NewReservation(id, form.bookItemCode(), form.assetId(),
                    form.bookQuantity() == null ? Integer.valueOf(1) : form.bookQuantity(), form.startsOn(),
                    form.endsOn(),
                    null, form.bookReason()));
            redirect.addFlashAttribute("banner", Messages.text("equipment.store.book.done"));
            return "redirect:/equipment/stores/" + id;
        }, (errors, values) -> storePage(me, id, model, errors, values, "booking", PageRequest.first(PAGE_SIZE)));
    }

    @Performs(Command.RESERVE_EQUIPMENT)
    @PostMapping("/equipment/reservations/{id}/cancel")
    String cancelBooking(CurrentUser me, @PathVariable UUID id, @RequestParam UUID storeId,
            RedirectAttributes redirect) {
        return Actions.run(redirect, "/equipment/stores/" + storeId, () -> {
            reservations.cancel(me, id);
            return Messages.text("equipment.store.book.cancelled");
        });
    }

    @Performs(Command.RECORD_CLEANING)
    @PostMapping("/equipment/assets/{id}/clean")
    String assetCleaned(CurrentUser me, @PathVariable UUID id, @RequestParam UUID storeId,
            @RequestParam(required = false) String method, @RequestParam(required = false) String returnTo,
            RedirectAttributes redirect) {
        return Actions.run(redirect,
                "asset".equals(returnTo) ? "/equipment/assets/" + id : "/equipment/stores/" + storeId,
                () -> {
                    loans.assetCleaned(me, id, method);
                    return Messages.text("equipment.store.cleaned");
                });
    }

    static final int PAGE_SIZE = 25;
    /** The store page shows the newest ledger entries and the soonest bookings; the API pages through the rest. */
    static final int LATEST = 25;

    private String storePage(CurrentUser me, UUID id, Model model, FormErrors errors, Map<String, String> values,
            String open,
            PageRequest assetPage) {
        model.addAttribute("store", stores.require(me.organisationId(), id));
        model.addAttribute("stock", ledger.stockOf(me.organisationId(), id));
        model.addAttribute("assets", assets.inStore(me.organisationId(), id, assetPage));
        // The booking form chooses from the store's assets; a picker, at most a page of the largest size.
        model.addAttribute("bookable",
                assets.inStore(me.organisationId(), id, PageRequest.first(PageRequest.MAX_SIZE)).items());
        model.addAttribute("bookings", reservations.ofStore(me.organisationId(), id, PageRequest.first(LATEST)));
        model.addAttribute("movements", ledger.movements(me.organisationId(), id, null, PageRequest.first(LATEST)));
        model.addAttribute("otherStores",
                stores.of(me.organisationId(), PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                        .filter(s -> !s.id().equals(id))
                        .map(s -> Map.entry(s.id().toString(), s.name())).toList());
        model.addAttribute("countedItems", catalogue.all().stream().filter(i -> !i.isAsset())
                .map(i -> Map.entry(i.code(), i.name())).toList());
        model.addAttribute("allItems", catalogue.all().stream().map(i -> Map.entry(i.code(), i.name())).toList());
        model.addAttribute("kinds", Stream.of(MovementKind.values())
                .map(k -> Map.entry(k.name(), Messages.text("equipment.store.move.kind." + k.name()))).toList());
        model.addAttribute("today", Time.today(clock));
        model.addAttribute("canSetLevels", guard.allows(me, Command.SET_REORDER_LEVEL));
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        model.addAttribute("open", open);
        return "equipment/store";
    }

    record StoreForm(String name, UUID teamId, Store.Kind kind) {
    }

    record LevelForm(String levelItemCode, @Label("{equipment.field.reorder-level}") Integer reorderLevel,
            @Label("{equipment.field.reorder-quantity}") Integer reorderQuantity) {
    }

    enum MovementKind { RECEIVE, ADJUST, WRITE_OFF, TRANSFER, CLEANED }

    record MovementForm(@NotNull(message = "{equipment.store.move.kind.blank}") MovementKind kind, String itemCode,
            @NotNull(message = "{equipment.store.move.quantity.blank}") @Label("{equipment.field.quantity}") Integer quantity,
            String bin,
            UUID toStoreId,
            String reason) {
    }

    /** The booking form's fields carry "book" so they do not clash with the movement form's on the same page. */
    record BookingForm(String bookItemCode, UUID assetId,
            @Label("{equipment.field.book-quantity}") Integer bookQuantity,
            @Label("{equipment.field.starts-on}") LocalDate startsOn,
            @Label("{equipment.field.ends-on}") LocalDate endsOn, String bookReason) {

        static String pageField(String field) {
            return switch (field) {
                case "itemCode" -> "bookItemCode";
                case "reason" -> "bookReason";
                case "quantity" -> "bookQuantity";
                default -> field;
            };
        }
    }
}
