import { fireEvent, render, screen } from '@testing-library/react';
import MapView from './MapView.js';

// The real Leaflet map in jsdom: no tiles load (as offline), yet it renders and shows the point.
it('renders the map region and the picked point without any tile', () => {
  const onPick = jest.fn();
  const { container, rerender } = render(
    <MapView
      tileUrl="http://tiles.invalid/{z}/{x}/{y}.png"
      center={{ lat: -7.1566, lng: 113.4746, zoom: 12 }}
      point={null}
      onPick={onPick}
      label="Peta"
      markerLabel="Titik laporan"
    />,
  );
  expect(screen.getByRole('region', { name: 'Peta' })).toBeInTheDocument();
  expect(container.querySelector('.leaflet-container')).not.toBeNull();
  expect(container.querySelector('.map-pin')).toBeNull();
  // A tap on the map picks a point (rounded to about 10 cm).
  fireEvent.click(container.querySelector('.leaflet-container')!, { clientX: 0, clientY: 0 });
  expect(onPick).toHaveBeenCalledTimes(1);
  const picked = (onPick.mock.calls[0] as [{ lat: number; lng: number }])[0];
  expect(picked.lat).toBeCloseTo(-7.1566, 3);
  expect(picked.lng).toBeCloseTo(113.4746, 3);
  expect(String(picked.lat).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(6);

  rerender(
    <MapView
      tileUrl="http://tiles.invalid/{z}/{x}/{y}.png"
      center={{ lat: -7.1566, lng: 113.4746, zoom: 12 }}
      point={{ lat: -7.16, lng: 113.47 }}
      onPick={onPick}
      label="Peta"
      markerLabel="Titik laporan"
    />,
  );
  expect(container.querySelector('.map-pin')).not.toBeNull();
  expect(screen.getByRole('button', { name: 'Titik laporan' })).toBeInTheDocument();
});
