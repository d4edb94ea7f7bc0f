import { Permission, can } from './permissions.js';

describe('e-Sehat permissions', () => {
  it('residents use health services; only staff work them; dispatch is for health staff and the regency admin', () => {
    const as = (role: 'resident' | 'officer' | 'health_staff' | 'regency_admin') => ({ role });
    expect(can(as('resident'), Permission.HealthServiceUse)).toBe(true);
    expect(can(as('health_staff'), Permission.HealthServiceUse)).toBe(false);
    expect(can(as('resident'), Permission.HealthServiceWork)).toBe(false);
    expect(can(as('health_staff'), Permission.TransportDispatch)).toBe(true);
    expect(can(as('regency_admin'), Permission.TransportDispatch)).toBe(true);
    expect(can(as('officer'), Permission.TransportDispatch)).toBe(false);
    expect(can(as('resident'), Permission.TransportDispatch)).toBe(false);
  });
});
