import type { FacilityView } from '@layanan/domain';
import type { Facility } from './entities/facility.entity';

export function facilityView(f: Facility): FacilityView {
  return {
    id: f.id,
    code: f.code,
    kind: f.kind as FacilityView['kind'],
    name: f.name,
    districtCode: f.districtCode,
    villageCode: f.villageCode,
    address: f.address,
    lat: f.lat,
    lng: f.lng,
    phone: f.phone,
    polyclinics: JSON.parse(f.polyclinics) as FacilityView['polyclinics'],
    services: JSON.parse(f.services) as string[],
    openingHours: JSON.parse(f.openingHours) as FacilityView['openingHours'],
    bookable: f.bookable,
    serviceStartsAt: f.serviceStartsAt,
    minutesPerPatient: f.minutesPerPatient,
    dispatchCentre: f.dispatchCentre,
    active: f.active,
  };
}
