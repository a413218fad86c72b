package org.therapyassist.equipment.web;

import org.therapyassist.platform.web.PageSize;
import org.therapyassist.platform.PageRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.equipment.PurchaseOrderRules;
import org.therapyassist.equipment.PurchaseOrders;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.DomainException;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

/** Suggested orders from reorder levels, purchase orders and their approval, sending and receipt. */
@Controller
class OrderPages {

    private final PurchaseOrders orders;

    OrderPages(PurchaseOrders orders) {
        this.orders = orders;
    }

    @GetMapping("/equipment/orders")
    String list(CurrentUser me, @PageSize(25) PageRequest page, Model model) {
        // Suggestions: one card per store below its reorder levels, the first page of such stores.
        model.addAttribute("suggestions", orders.suggested(me, PageRequest.first()));
        model.addAttribute("orders", orders.list(me, page));
        model.addAttribute("defaultSupplier", PurchaseOrders.DEFAULT_SUPPLIER);
        return "equipment/orders";
    }

    @Performs(Command.DRAFT_PURCHASE_ORDER)
    @PostMapping("/equipment/orders")
    String draft(CurrentUser me, @RequestParam UUID storeId, @RequestParam(required = false) String supplier,
            RedirectAttributes redirect) {
        try {
            var order = orders.draftFromSuggestion(me, storeId, supplier);
            redirect.addFlashAttribute("banner", "Draft order created. A team lead other than you approves it.");
            return "redirect:/equipment/orders/" + order.id();
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("problem", FormErrors.messageOf((DomainException) e));
            return "redirect:/equipment/orders";
        }
    }

    @GetMapping("/equipment/orders/{id}")
    String show(CurrentUser me, @PathVariable UUID id, Model model) {
        return page(me, id, model, new FormErrors(), Map.of());
    }

    @Performs(Command.APPROVE_PURCHASE_ORDER)
    @PostMapping("/equipment/orders/{id}/approve")
    String approve(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) Integer version, Model model,
            RedirectAttributes redirect) {
        return move(me, id, "approve", version, null, model, redirect);
    }

    @Performs(Command.SEND_OR_CANCEL_PURCHASE_ORDER)
    @PostMapping("/equipment/orders/{id}/{action:send|cancel}")
    String sendOrCancel(CurrentUser me, @PathVariable UUID id, @PathVariable String action,
            @RequestParam(required = false) Integer version, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        return move(me, id, action, version, reason, model, redirect);
    }

    private String move(CurrentUser me, UUID id, String action, Integer version, String reason, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        try {
            switch (action) {
                case "approve" -> orders.approve(me, id, version);
                case "send" -> orders.send(me, id, version);
                default -> orders.cancel(me, id, version, reason);
            }
            redirect.addFlashAttribute("banner", switch (action) {
                case "approve" -> "Order approved.";
                case "send" -> "Order marked as sent to the supplier.";
                default -> "Order cancelled.";
            });
            return "redirect:/equipment/orders/" + id;
        } catch (InvalidInputException e) {
            errors.add(e);
        } catch (ConflictException | NotAllowedException e) {
            errors.refuse(e);
        }
        return page(me, id, model, errors, Map.of("reason", reason == null ? "" : reason));
    }

    @Performs(Command.RECEIVE_PURCHASE_ORDER)
    @PostMapping("/equipment/orders/{id}/receive")
    String receive(CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Integer version = errors.integer("version", "Version", form.get("version"));
        Map<UUID, Integer> delivered = new LinkedHashMap<>();
        for (var line : orders.require(me, id).lines()) {
            String field = "received-" + line.id();
            Integer qty = errors.integer(field, "How many arrived", form.get(field));
            if (qty != null) {
                delivered.put(line.id(), qty);
            }
        }
        if (errors.isEmpty()) {
            try {
                var order = orders.receive(me, id, version, delivered);
                redirect.addFlashAttribute("banner", order.status() == PurchaseOrderRules.Status.RECEIVED
                        ? "Delivery booked in. The order is received in full." : "Delivery booked in. Some items are still to come.");
                return "redirect:/equipment/orders/" + id;
            } catch (InvalidInputException e) {
                errors.add(e);
            } catch (ConflictException | NotAllowedException e) {
                errors.refuse(e);
            }
        }
        return page(me, id, model, errors, form);
    }

    private String page(CurrentUser me, UUID id, Model model, FormErrors errors, Map<String, String> values) {
        var order = orders.require(me, id);
        model.addAttribute("order", order);
        model.addAttribute("canApprove", order.status() == PurchaseOrderRules.Status.DRAFT && me.has(Role.TEAM_LEAD)
                && !me.staffId().equals(order.createdBy()));
        model.addAttribute("canCancel", (order.status() == PurchaseOrderRules.Status.DRAFT
                || order.status() == PurchaseOrderRules.Status.APPROVED)
                && (me.has(Role.TEAM_LEAD) || me.staffId().equals(order.createdBy())));
        model.addAttribute("canReceive", order.status() == PurchaseOrderRules.Status.SENT
                || order.status() == PurchaseOrderRules.Status.PART_RECEIVED);
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "equipment/order";
    }
}
