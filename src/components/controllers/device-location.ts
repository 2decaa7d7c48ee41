import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LatLon } from '../../logic/geo.js';

/**
 * - `idle`: not asked;
 * - `locating`: waiting for the browser (and the reader's permission);
 * - `ready`: `position` is set;
 * - `denied`: the reader or the browser refused;
 * - `unavailable`: no position could be found (no signal, timeout);
 * - `unsupported`: this browser or page cannot give a position (no API, not a secure page).
 */
export type LocationStatus = 'idle' | 'locating' | 'ready' | 'denied' | 'unavailable' | 'unsupported';

/**
 * The device's position, asked for only when the reader presses the button. It stays in this object:
 * distances are computed on the device, nothing is sent anywhere, nothing is stored.
 */
export class DeviceLocation implements ReactiveController {
  status: LocationStatus = 'idle';
  position: LatLon | undefined;
  private request = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Asks the browser for the position once; resolves when the status is known. */
  locate(): Promise<LocationStatus> {
    const geolocation = typeof navigator === 'undefined' ? undefined : navigator.geolocation;
    const id = ++this.request;
    if (!geolocation || globalThis.isSecureContext === false) return Promise.resolve(this.set('unsupported'));
    this.set('locating');
    return new Promise((resolve) => {
      geolocation.getCurrentPosition(
        (position) => {
          if (id !== this.request) return resolve(this.status);
          this.position = { lat: position.coords.latitude, lon: position.coords.longitude };
          resolve(this.set('ready'));
        },
        (error) => {
          if (id !== this.request) return resolve(this.status);
          this.position = undefined;
          resolve(this.set(error.code === 1 /* PERMISSION_DENIED */ ? 'denied' : 'unavailable'));
        },
        // A coarse, recent position is enough to sort by distance, and is quicker and kinder to batteries.
        { enableHighAccuracy: false, timeout: 20_000, maximumAge: 600_000 },
      );
    });
  }

  /** Forgets the position (the reader removed it, or typed a place instead). */
  clear(): void {
    this.request += 1;
    this.position = undefined;
    this.set('idle');
  }

  hostDisconnected(): void {
    if (this.status === 'locating') this.clear();
  }

  private set(status: LocationStatus): LocationStatus {
    this.status = status;
    this.host.requestUpdate();
    return status;
  }
}
