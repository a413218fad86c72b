package org.therapyassist.equipment.web;

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
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.Actions;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PageSize;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;

/** Suggested orders from reorder levels, purchase orders and their approval, sending and receipt. */
@Controller
class OrderPages {

    private final PurchaseOrders orders;
    private final CommandGuard guard;

    OrderPages(PurchaseOrders orders, CommandGuard guard) {
        this.orders = orders;
        this.guard = guard;
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
        return Actions.attempt(redirect, "/equipment/orders", () -> {
            var order = orders.draftFromSuggestion(me, storeId, supplier);
            redirect.addFlashAttribute("banner", Messages.text("equipment.orders.drafted"));
            return "redirect:/equipment/orders/" + order.id();
        });
    }

    @GetMapping("/equipment/orders/{id}")
    String show(CurrentUser me, @PathVariable UUID id, Model model) {
        return page(me, id, model, new FormErrors(), Map.of());
    }

    @Performs(Command.APPROVE_PURCHASE_ORDER)
    @PostMapping("/equipment/orders/{id}/approve")
    String approve(CurrentUser me, @PathVariable UUID id, FormPost<Step> post, Model model,
            RedirectAttributes redirect) {
        return move(me, id, "approve", post, model, redirect);
    }

    @Performs(Command.SEND_OR_CANCEL_PURCHASE_ORDER)
    @PostMapping("/equipment/orders/{id}/{action:send|cancel}")
    String sendOrCancel(CurrentUser me, @PathVariable UUID id, @PathVariable String action, FormPost<Step> post,
            Model model,
            RedirectAttributes redirect) {
        return move(me, id, action, post, model, redirect);
    }

    private String move(CurrentUser me, UUID id, String action, FormPost<Step> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(step -> {
            switch (action) {
                case "approve" -> orders.approve(me, id, step.version());
                case "send" -> orders.send(me, id, step.version());
                default -> orders.cancel(me, id, step.version(), step.reason());
            }
            redirect.addFlashAttribute("banner", switch (action) {
                case "approve" -> Messages.text("equipment.order.approved");
                case "send" -> Messages.text("equipment.order.sent");
                default -> Messages.text("equipment.order.cancelled");
            });
            return "redirect:/equipment/orders/" + id;
        }, (errors, values) -> page(me, id, model, errors, values));
    }

    /** How many of each line arrived: one box per line of the order, named after the line. */
    @Performs(Command.RECEIVE_PURCHASE_ORDER)
    @PostMapping("/equipment/orders/{id}/receive")
    String receive(CurrentUser me, @PathVariable UUID id, FormPost<Step> post, Model model,
            RedirectAttributes redirect) {
        var lines = orders.require(me, id).lines();
        Map<UUID, Integer> delivered = post.read(in -> {
            Map<UUID, Integer> arrived = new LinkedHashMap<>();
            lines.forEach(line -> {
                Integer qty = in.integer("received-" + line.id(), Messages.text("equipment.field.received"));
                if (qty != null) {
                    arrived.put(line.id(), qty);
                }
            });
            return arrived;
        });
        return post.submit(step -> {
            var order = orders.receive(me, id, step.version(), delivered);
            redirect.addFlashAttribute("banner", order.status() == PurchaseOrderRules.Status.RECEIVED
                    ? Messages.text("equipment.order.received.full")
                    : Messages.text("equipment.order.received.part"));
            return "redirect:/equipment/orders/" + id;
        }, (errors, values) -> page(me, id, model, errors, values));
    }

    private String page(CurrentUser me, UUID id, Model model, FormErrors errors, Map<String, String> values) {
        var order = orders.require(me, id);
        model.addAttribute("order", order);
        // What the page offers is what the policy and the order's rules would let this person do now.
        model.addAttribute("canApprove", order.status() == PurchaseOrderRules.Status.DRAFT
                && guard.allows(me, Command.APPROVE_PURCHASE_ORDER)
                && PurchaseOrderRules.mayApprove(me, order.createdBy()));
        model.addAttribute("canCancel", (order.status() == PurchaseOrderRules.Status.DRAFT
                || order.status() == PurchaseOrderRules.Status.APPROVED)
                && guard.allows(me, Command.SEND_OR_CANCEL_PURCHASE_ORDER)
                && PurchaseOrderRules.mayCancel(me, order.createdBy()));
        model.addAttribute("canReceive", (order.status() == PurchaseOrderRules.Status.SENT
                || order.status() == PurchaseOrderRules.Status.PART_RECEIVED)
                && guard.allows(me, Command.RECEIVE_PURCHASE_ORDER));
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "equipment/order";
    }

    /** A step in the order's life, against the version the person saw; cancelling may give a reason. */
    record Step(Integer version, String reason) {
    }
}
