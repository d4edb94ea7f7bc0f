import type { TransportView, VehicleView } from '@layanan/domain';
import type { FieldCipher } from '../../common/crypto/field-cipher';
import type { TransportRequest } from './entities/transport-request.entity';
import type { Vehicle } from './entities/vehicle.entity';

const seconds = (from: Date, to: Date | null) =>
  to ? Math.round((to.getTime() - from.getTime()) / 1000) : null;

export function transportView(
  r: TransportRequest,
  cipher: FieldCipher,
  names: { destination: string; vehicle: string | null },
): TransportView {
  return {
    id: r.id,
    requesterId: r.requesterId,
    patientName: r.patientName,
    phone: cipher.decrypt(r.phoneEnc),
    pickup: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
    villageCode: r.villageCode,
    address: r.address,
    destinationFacilityId: r.destinationFacilityId,
    destinationName: names.destination,
    urgency: r.urgency,
    pregnant: r.pregnant,
    maternalSummary: r.pregnancyId !== null,
    hpl: r.hpl,
    ksprCategory: r.ksprCategory,
    dangerSign: r.dangerSign,
    status: r.status,
    statusReason: r.statusReason,
    vehicleId: r.vehicleId,
    vehicleLabel: names.vehicle,
    notes: r.notes,
    requestedAt: r.requestedAt.toISOString(),
    assignedAt: r.assignedAt?.toISOString() ?? null,
    pickedUpAt: r.pickedUpAt?.toISOString() ?? null,
    arrivedAt: r.arrivedAt?.toISOString() ?? null,
    secondsToAssign: seconds(r.requestedAt, r.assignedAt),
    secondsToPickup: seconds(r.requestedAt, r.pickedUpAt),
  };
}

export function vehicleView(v: Vehicle, cipher: FieldCipher): VehicleView {
  return {
    id: v.id,
    plate: v.plate,
    label: v.label,
    villageCode: v.villageCode,
    lat: v.lat,
    lng: v.lng,
    state: v.state,
    driverPhone: v.driverPhoneEnc ? cipher.decrypt(v.driverPhoneEnc) : null,
  };
}
