package org.therapyassist.equipment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.equipment.PurchaseOrders;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@Tag(name = "Purchase orders", description = "Suggested orders from reorder levels; draft → approved → sent → received")
class PurchaseOrdersApi {

    private final PurchaseOrders orders;

    PurchaseOrdersApi(PurchaseOrders orders) {
        this.orders = orders;
    }

    @GetMapping("/api/v1/equipment/purchase-orders")
    @Operation(summary = "Purchase orders, newest first")
    ResponseEntity<List<PurchaseOrders.Order>> list(CurrentUser me, PageRequest page) {
        return PagedResponses.of(orders.list(me, page));
    }

    @GetMapping("/api/v1/equipment/purchase-orders/suggested")
    @Operation(summary = "Per store, the stock at or below its reorder level and the reorder quantity to order")
    ResponseEntity<List<PurchaseOrders.Suggestion>> suggested(CurrentUser me, PageRequest page) {
        return PagedResponses.of(orders.suggested(me, page));
    }

    @GetMapping("/api/v1/equipment/purchase-orders/{id}")
    @Operation(summary = "A purchase order with its lines")
    PurchaseOrders.Order show(CurrentUser me, @PathVariable UUID id) {
        return orders.require(me, id);
    }

    @Performs(Command.DRAFT_PURCHASE_ORDER)
    @PostMapping("/api/v1/equipment/purchase-orders")
    @Operation(summary = "Raise a draft order: the lines given, or (fromSuggestion) everything the store has at or below its reorder level")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses({404, 409})
    ResponseEntity<PurchaseOrders.Order> draft(CurrentUser me, @Valid @RequestBody NewOrder body) {
        PurchaseOrders.Order order = Boolean.TRUE.equals(body.fromSuggestion())
                ? orders.draftFromSuggestion(me, body.storeId(), body.supplier())
                : orders.draft(me, body.storeId(), body.supplier(), body.lines() == null
                        ? List.of()
                        : body.lines().stream().map(l -> new PurchaseOrders.NewLine(l.itemCode(), l.quantity()))
                                .toList());
        return ResponseEntity.status(201).body(order);
    }

    @Performs(Command.APPROVE_PURCHASE_ORDER)
    @PostMapping("/api/v1/equipment/purchase-orders/{id}/approve")
    @Operation(summary = "Team lead: approve a draft raised by someone else (403 for your own or without the role; 409 if stale)")
    @ProblemResponses(409)
    PurchaseOrders.Order approve(CurrentUser me, @PathVariable UUID id, @RequestBody(required = false) Version body) {
        return orders.approve(me, id, body == null ? null : body.version());
    }

    @Performs(Command.SEND_OR_CANCEL_PURCHASE_ORDER)
    @PostMapping("/api/v1/equipment/purchase-orders/{id}/send")
    @Operation(summary = "Mark an approved order as sent to the supplier; 409 if stale or not approved")
    @ProblemResponses(409)
    PurchaseOrders.Order send(CurrentUser me, @PathVariable UUID id, @RequestBody(required = false) Version body) {
        return orders.send(me, id, body == null ? null : body.version());
    }

    @Performs(Command.SEND_OR_CANCEL_PURCHASE_ORDER)
    @PostMapping("/api/v1/equipment/purchase-orders/{id}/cancel")
    @Operation(summary = "Cancel a draft or approved order (409 once sent)")
    @ProblemResponses(409)
    PurchaseOrders.Order cancel(CurrentUser me, @PathVariable UUID id,
            @Valid @RequestBody(required = false) Cancellation body) {
        return orders.cancel(me, id, body == null ? null : body.version(), body == null ? null : body.reason());
    }

    @Performs(Command.RECEIVE_PURCHASE_ORDER)
    @PostMapping("/api/v1/equipment/purchase-orders/{id}/receive")
    @Operation(summary = "Book in a delivery: how many arrived per line; adds to the stock ledger; more than ordered is a 400")
    @ProblemResponses(409)
    PurchaseOrders.Order receive(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody Receipt body) {
        Map<UUID, Integer> delivered = new LinkedHashMap<>();
        for (int i = 0; i < body.lines().size(); i++) {
            ReceivedLine line = body.lines().get(i);
            if (line.lineId() == null || line.quantity() == null) {
                throw new InvalidInputException(Map.of("lines[" + i + "]", Messages.text("equipment.api.line.blank")));
            }
            delivered.merge(line.lineId(), line.quantity(), Integer::sum);
        }
        return orders.receive(me, id, body.version(), delivered);
    }

    @Schema(name = "NewPurchaseOrder", description = "The lines given, or fromSuggestion: true")
    record NewOrder(@NotNull(message = "{equipment.field.order-store.blank}") UUID storeId,
            @Size(max = 200, message = "{equipment.field.supplier.long}") String supplier,
            Boolean fromSuggestion, List<OrderLine> lines) {
    }

    @Schema(name = "NewPurchaseOrderLine")
    record OrderLine(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String itemCode,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "10000") Integer quantity) {
    }

    /** The order's version as the client read it: a newer one is a 409. */
    @Schema(name = "PurchaseOrderVersion")
    record Version(@Schema(description = "The version you read; a newer one is a 409") Integer version) {
    }

    @Schema(name = "PurchaseOrderCancel")
    record Cancellation(@Schema(description = "The version you read; a newer one is a 409") Integer version,
            @Size(max = 500, message = "{equipment.field.reason.long}") String reason) {
    }

    @Schema(name = "PurchaseOrderReceipt")
    record Receipt(@Schema(description = "The version you read; a newer one is a 409") Integer version,
            @NotNull(message = "{equipment.api.lines.blank}") List<ReceivedLine> lines) {
    }

    @Schema(name = "ReceivedLine")
    record ReceivedLine(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID lineId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer quantity) {
    }
}
