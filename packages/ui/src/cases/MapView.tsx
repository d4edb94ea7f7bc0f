// Loaded only when a map is shown (React.lazy): Leaflet and its stylesheet
// stay out of the portals' first download. Its CSS is bundled from the
// package, never fetched from a CDN; the marker is plain CSS (no image files).
import 'leaflet/dist/leaflet.css';
import { useEffect } from 'react';
import { type LatLngExpression, type LeafletEvent, divIcon } from 'leaflet';
import { MapContainer, Marker, TileLayer, useMap, useMapEvents } from 'react-leaflet';
import type { Point } from './api.js';

export interface MapViewProps {
  /** Tile URL template ({z}/{x}/{y}) from /api/public-config. */
  tileUrl: string;
  /** Where the map opens when there is no point yet. */
  center: { lat: number; lng: number; zoom: number };
  point: Point | null;
  /** Tapping the map or dragging the marker picks a point. */
  onPick(point: Point): void;
  /** Called once when a tile cannot be loaded (offline, blocked, bad signal). */
  onTilesFailed?(): void;
  /** Accessible name of the map region. */
  label: string;
  /** Accessible name of the marker. */
  markerLabel: string;
}

const pin = divIcon({
  className: 'map-pin',
  html: '<span></span>',
  iconSize: [28, 28],
  iconAnchor: [14, 28],
});

const round = (value: number) => Math.round(value * 1e6) / 1e6;

function PickOnTap({ onPick }: { onPick(point: Point): void }) {
  useMapEvents({ click: (event) => onPick({ lat: round(event.latlng.lat), lng: round(event.latlng.lng) }) });
  return null;
}

/** Keeps a point typed in, found by GPS or taken from a photo in view. */
function FollowPoint({ point }: { point: Point | null }) {
  const map = useMap();
  useEffect(() => {
    if (!point) return;
    if (!map.getBounds().pad(-0.2).contains([point.lat, point.lng])) {
      map.setView([point.lat, point.lng], Math.max(map.getZoom(), 16));
    }
  }, [map, point]);
  return null;
}

export default function MapView({
  tileUrl,
  center,
  point,
  onPick,
  onTilesFailed,
  label,
  markerLabel,
}: MapViewProps) {
  const start: LatLngExpression = point ? [point.lat, point.lng] : [center.lat, center.lng];
  return (
    <div className="map-frame" role="region" aria-label={label}>
      <MapContainer center={start} zoom={point ? 16 : center.zoom} scrollWheelZoom={false} className="map">
        <TileLayer
          url={tileUrl}
          attribution="&copy; OpenStreetMap"
          eventHandlers={{ tileerror: () => onTilesFailed?.() }}
        />
        <PickOnTap onPick={onPick} />
        <FollowPoint point={point} />
        {point ? (
          <Marker
            position={[point.lat, point.lng]}
            icon={pin}
            draggable
            title={markerLabel}
            alt={markerLabel}
            eventHandlers={{
              dragend: (event: LeafletEvent) => {
                const at = (event.target as { getLatLng(): Point }).getLatLng();
                onPick({ lat: round(at.lat), lng: round(at.lng) });
              },
            }}
          />
        ) : null}
      </MapContainer>
    </div>
  );
}
