/**
 * Opening hours of services, on top of the schedule logic (Europe/Brussels, holidays, exceptions):
 * the "open now" filter of the service finder.
 */
import type { Service } from '../content/schema/services.js';
import { isOpenAt } from './schedule.js';

/** Whether a session is under way at `instant` at any location of the service. No schedule: not known, so `false`. */
export function isServiceOpenAt(service: Service, instant: Date): boolean {
  return service.locations.some((location) => location.schedule !== undefined && isOpenAt(location.schedule, instant));
}

/**
 * An `openNow` predicate for `searchServices` at one instant, remembering each service's answer so
 * that typing in the search box does not compute schedules again. Make a new one when the clock moves on.
 */
export function openNowFilter(instant: Date): (service: Service) => boolean {
  const answers = new WeakMap<Service, boolean>();
  return (service) => {
    let open = answers.get(service);
    if (open === undefined) answers.set(service, (open = isServiceOpenAt(service, instant)));
    return open;
  };
}
