package org.therapyassist.fhir;

import java.util.Date;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Device.DeviceNameType;
import org.hl7.fhir.r4.model.Device.FHIRDeviceStatus;
import org.hl7.fhir.r4.model.DeviceRequest;
import org.hl7.fhir.r4.model.DeviceRequest.DeviceRequestStatus;
import org.hl7.fhir.r4.model.DeviceRequest.RequestIntent;
import org.hl7.fhir.r4.model.DeviceUseStatement;
import org.hl7.fhir.r4.model.DeviceUseStatement.DeviceUseStatementStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.therapyassist.equipment.Asset;
import org.therapyassist.equipment.Loans;
import org.therapyassist.equipment.Loans.Loan;
import org.therapyassist.staff.StaffLookup;

/**
 * Equipment at a patient's home: a labelled asset as a UK Core Device (with the patient while it is out on loan), a
 * loan as a base R4 DeviceUseStatement (UK Core has no profile) and the same loan's issue as a base R4 DeviceRequest,
 * both with the loan's id. Counted stock (a pack of ferrules, say) has no asset: the loan describes it in a contained
 * Device. Statuses: see {@link #status(Asset.Status)}, {@link #useStatus} and {@link #requestStatus}.
 */
final class DeviceResources {

    static final String ASSET_LABEL = "https://therapyassist.example/fhir/Id/asset-label";

    private DeviceResources() {
    }

    /** In service (on the shelf, out on loan, waiting to be cleaned) → active; quarantined or retired → inactive. */
    static FHIRDeviceStatus status(Asset.Status status) {
        return switch (status) {
            case AVAILABLE, ON_LOAN, NEEDS_CLEANING -> FHIRDeviceStatus.ACTIVE;
            case QUARANTINED, RETIRED -> FHIRDeviceStatus.INACTIVE;
        };
    }

    /** Out on loan → active (in use at home); returned → completed. */
    static DeviceUseStatementStatus useStatus(Loans.Status status) {
        return status == Loans.Status.ON_LOAN ? DeviceUseStatementStatus.ACTIVE : DeviceUseStatementStatus.COMPLETED;
    }

    /** The issue stands while the equipment is out (active) and is completed when it comes back. */
    static DeviceRequestStatus requestStatus(Loans.Status status) {
        return status == Loans.Status.ON_LOAN ? DeviceRequestStatus.ACTIVE : DeviceRequestStatus.COMPLETED;
    }

    static Device of(Asset asset, Loan loan, StaffLookup.Organisation organisation) {
        Device device = new Device();
        device.setId(asset.id().toString());
        device.getMeta().addProfile(UkCore.DEVICE_PROFILE);
        device.addIdentifier().setSystem(ASSET_LABEL).setValue(asset.label());
        device.setStatus(status(asset.status()));
        if (asset.serialNumber() != null && !asset.serialNumber().isBlank()) {
            device.setSerialNumber(asset.serialNumber());
        }
        device.addDeviceName().setName(asset.itemName()).setType(DeviceNameType.USERFRIENDLYNAME);
        device.getType().setText(asset.itemName());
        device.setOwner(References.organisation(organisation));
        if (loan != null) {
            device.setPatient(References.to("Patient", loan.patientId(), null));
        }
        if (asset.nextInspectionDue() != null) {
            device.addNote().setText("Next inspection due " + asset.nextInspectionDue() + ".");
        }
        return device;
    }

    static DeviceUseStatement use(Loan loan) {
        DeviceUseStatement use = new DeviceUseStatement();
        use.setId(loan.id().toString());
        use.setStatus(useStatus(loan.status()));
        use.setSubject(References.to("Patient", loan.patientId(), null));
        use.setDevice(device(loan, use));
        Period period = new Period().setStart(Date.from(loan.issuedAt()));
        if (loan.returnedAt() != null) {
            period.setEnd(Date.from(loan.returnedAt()));
        }
        use.setTiming(period);
        use.setRecordedOn(Date.from(loan.issuedAt()));
        use.addNote().setText("Taught: " + loan.instructions());
        if (loan.adjustments() != null && !loan.adjustments().isBlank()) {
            use.addNote().setText("Adjustments: " + loan.adjustments());
        }
        if (loan.returnNote() != null && !loan.returnNote().isBlank()) {
            use.addNote().setText("Returned: " + loan.returnNote());
        }
        return use;
    }

    static DeviceRequest request(Loan loan) {
        DeviceRequest request = new DeviceRequest();
        request.setId(loan.id().toString());
        request.setStatus(requestStatus(loan.status()));
        request.setIntent(RequestIntent.ORDER);
        if (loan.assetId() != null) {
            request.setCode(References.to("Device", loan.assetId(), loan.itemName()));
        } else {
            request.setCode(new CodeableConcept().setText(loan.itemName()));
        }
        request.setSubject(References.to("Patient", loan.patientId(), null));
        request.setAuthoredOn(Date.from(loan.issuedAt()));
        request.getRequester().setDisplay(loan.issuedByName());
        Period period = new Period().setStart(Date.from(loan.issuedAt()));
        if (loan.expectedReturnOn() != null) {
            period.setEndElement(new DateTimeType(loan.expectedReturnOn().toString()));
        }
        request.setOccurrence(period);
        request.addParameter().getCode().setText("Quantity");
        request.getParameterFirstRep().setValue(new Quantity(loan.quantity()));
        return request;
    }

    /** The asset lent, or for counted stock a Device contained in the statement, describing the item. */
    private static Reference device(Loan loan, DeviceUseStatement use) {
        if (loan.assetId() != null) {
            return References.to("Device", loan.assetId(), loan.itemName() + " " + loan.assetLabel());
        }
        Device stock = new Device();
        stock.setId("stock");
        stock.getType().setText(loan.itemName());
        stock.addNote().setText("Counted stock: " + loan.quantity() + " from " + loan.storeName() + ".");
        use.addContained(stock);
        return new Reference("#stock").setDisplay(loan.itemName());
    }
}
