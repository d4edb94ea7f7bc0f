// Loaded only when the dashboard shows its map (React.lazy): Leaflet and its
// stylesheet stay out of the first download. No tiles: the clusters are drawn
// on a blank map with a scale, so nothing is fetched from outside.
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import { circleMarker, control, latLngBounds, map as leafletMap } from 'leaflet';

export interface Cluster {
  lat: number;
  lng: number;
  count: number;
  trackingCode: string | null;
}

export default function ClusterMap({
  clusters,
  label,
  caseHref,
}: {
  clusters: Cluster[];
  label: string;
  /** Where a single case's marker leads. */
  caseHref(code: string): string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current || !clusters.length) return;
    const m = leafletMap(box.current, { scrollWheelZoom: false, attributionControl: false });
    control.scale({ imperial: false }).addTo(m);
    const max = Math.max(...clusters.map((c) => c.count));
    for (const c of clusters) {
      const marker = circleMarker([c.lat, c.lng], {
        radius: 6 + 14 * Math.sqrt(c.count / max),
        color: '#7f1d1d',
        fillColor: '#dc2626',
        fillOpacity: 0.6,
        weight: 1,
      }).addTo(m);
      marker.bindTooltip(String(c.count), {
        permanent: true,
        direction: 'center',
        className: 'cluster-count',
      });
      if (c.trackingCode) {
        const href = caseHref(c.trackingCode);
        marker.on('click', () => window.location.assign(href));
      }
    }
    m.fitBounds(latLngBounds(clusters.map((c) => [c.lat, c.lng])).pad(0.2), { maxZoom: 14 });
    return () => {
      m.remove();
    };
  }, [clusters, caseHref]);
  // A region, not an image: Leaflet puts its zoom buttons and attribution link inside.
  return <div ref={box} className="map cluster-map" role="region" aria-label={label} />;
}
