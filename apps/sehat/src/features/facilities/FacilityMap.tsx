// Loaded only when the map is opened: Leaflet stays out of the first download.
// No tile layer: the map works offline, showing the facilities as labelled points.
import 'leaflet/dist/leaflet.css';
import { divIcon } from 'leaflet';
import { Link } from 'react-router';
import { MapContainer, Marker, Popup } from 'react-leaflet';
import type { FacilityView } from '@layanan/domain';

const pin = divIcon({
  className: 'map-pin',
  html: '<span></span>',
  iconSize: [28, 28],
  iconAnchor: [14, 28],
});

export default function FacilityMap({ facilities, label }: { facilities: FacilityView[]; label: string }) {
  const placed = facilities.filter((f) => f.lat !== null && f.lng !== null);
  const lat = placed.length ? placed.reduce((s, f) => s + f.lat!, 0) / placed.length : -7.1566;
  const lng = placed.length ? placed.reduce((s, f) => s + f.lng!, 0) / placed.length : 113.4746;
  return (
    <div className="map-frame" role="region" aria-label={label}>
      <MapContainer className="map sehat-map" center={[lat, lng]} zoom={10} scrollWheelZoom={false}>
        {placed.map((f) => (
          <Marker key={f.id} position={[f.lat!, f.lng!]} icon={pin} title={f.name} alt={f.name}>
            <Popup>
              <Link to={`/fasilitas/${f.id}`}>{f.name}</Link>
            </Popup>
          </Marker>
        ))}
      </MapContainer>
    </div>
  );
}
