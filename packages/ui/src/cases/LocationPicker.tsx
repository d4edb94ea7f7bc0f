import { Component, type ReactNode, Suspense, lazy, useEffect, useId, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useT } from '../i18n/LanguageProvider.js';
import { TextField } from '../form/TextField.js';
import { SelectField } from '../form/fields.js';
import type { Point } from './api.js';
import { type CaseFormValues, formatCoordinate, pointOf } from './form-model.js';
import { useDistricts, usePublicConfig, useVillages } from './hooks.js';
import { errorMessage } from './messages.js';

const MapView = lazy(() => import('./MapView.js'));

/** A map chunk that fails to download (bad signal) must not take the form down with it. */
class MapBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

type GeoState = 'idle' | 'looking' | 'found' | 'denied' | 'failed' | 'unsupported';

/**
 * Where the problem is: a point (map, "use my location", the photo's EXIF
 * position, or typed coordinates), or a desa and an address. Everything but
 * the map works without map tiles.
 */
export function LocationPicker({
  photoGps,
  mapInitiallyOpen,
}: {
  /** The first EXIF position among the uploaded photos. */
  photoGps: Point | null;
  mapInitiallyOpen: boolean;
}) {
  const t = useT();
  const id = useId();
  const {
    register,
    setValue,
    trigger,
    control,
    formState: { errors, isSubmitted },
  } = useFormContext<CaseFormValues>();
  const [lat, lng, districtCode, villageCode, address] = useWatch({
    control,
    name: ['lat', 'lng', 'districtCode', 'villageCode', 'address'],
  });
  const point = pointOf(lat, lng);
  const [mapOpen, setMapOpen] = useState(mapInitiallyOpen);
  const [tilesFailed, setTilesFailed] = useState(false);
  const [geo, setGeo] = useState<GeoState>('idle');
  const config = usePublicConfig();
  const districts = useDistricts();
  const villages = useVillages(districtCode);

  // After a failed submit, the group's "point or desa + address" message follows the inputs.
  useEffect(() => {
    if (isSubmitted) void trigger('location');
  }, [isSubmitted, trigger, lat, lng, villageCode, address]);

  const setPoint = (next: Point) => {
    const options = { shouldDirty: true, shouldValidate: isSubmitted };
    setValue('lat', formatCoordinate(next.lat), options);
    setValue('lng', formatCoordinate(next.lng), options);
  };

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setGeo('unsupported');
      return;
    }
    setGeo('looking');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setPoint({ lat: position.coords.latitude, lng: position.coords.longitude });
        setGeo('found');
      },
      (error) => setGeo(error.code === error.PERMISSION_DENIED ? 'denied' : 'failed'),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  };

  const geoText: Record<GeoState, string | null> = {
    idle: null,
    looking: t('case.location.looking'),
    found: t('case.location.found'),
    denied: t('case.location.denied'),
    failed: t('case.location.failed'),
    unsupported: t('case.location.unsupported'),
  };
  const groupError = errorMessage(errors.location, t);
  const photoOffer =
    photoGps && !(point && point.lat === photoGps.lat && point.lng === photoGps.lng) ? photoGps : null;
  const mapFallback = <p className="notice map-notice">{t('case.location.mapUnavailable')}</p>;

  return (
    <fieldset
      className="field location-picker"
      aria-describedby={[`${id}-hint`, groupError ? `${id}-error` : ''].filter(Boolean).join(' ')}
    >
      <legend>
        {t('case.location.legend')}
        <span className="field-required"> ({t('case.form.required')})</span>
      </legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('case.location.hint')}
      </p>
      {groupError ? (
        <p id={`${id}-error`} className="field-error">
          {groupError}
        </p>
      ) : null}

      {photoOffer ? (
        <div className="notice photo-gps-offer">
          <p>
            {t('case.location.photoOffer', {
              lat: formatCoordinate(photoOffer.lat),
              lng: formatCoordinate(photoOffer.lng),
            })}
          </p>
          <button type="button" className="button button-secondary" onClick={() => setPoint(photoOffer)}>
            {t('case.location.usePhoto')}
          </button>
        </div>
      ) : null}

      <div className="location-buttons">
        <button
          type="button"
          className="button button-secondary"
          onClick={locate}
          disabled={geo === 'looking'}
        >
          {t('case.location.useMine')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={mapOpen}
          onClick={() => setMapOpen((open) => !open)}
        >
          {mapOpen ? t('case.location.hideMap') : t('case.location.showMap')}
        </button>
      </div>
      <p role="status" className="field-hint geo-status">
        {geoText[geo]}
      </p>

      {mapOpen ? (
        config.isError ? (
          mapFallback
        ) : config.data ? (
          <MapBoundary fallback={mapFallback}>
            <Suspense fallback={<p className="map-loading">{t('case.location.mapLoading')}</p>}>
              <MapView
                tileUrl={config.data.mapTileUrl}
                center={config.data.mapCenter}
                point={point}
                onPick={setPoint}
                onTilesFailed={() => setTilesFailed(true)}
                label={t('case.location.mapLabel')}
                markerLabel={t('case.location.marker')}
              />
            </Suspense>
            {tilesFailed ? <p className="field-hint">{t('case.location.tilesFailed')}</p> : null}
          </MapBoundary>
        ) : (
          <p className="map-loading">{t('case.location.mapLoading')}</p>
        )
      ) : null}

      <div className="coordinates">
        <TextField
          label={t('case.location.lat')}
          error={errorMessage(errors.lat, t)}
          inputMode="decimal"
          autoComplete="off"
          placeholder="-7.156600"
          aria-invalid={errors.lat || (groupError && !lat) ? true : undefined}
          {...register('lat')}
        />
        <TextField
          label={t('case.location.lng')}
          error={errorMessage(errors.lng, t)}
          inputMode="decimal"
          autoComplete="off"
          placeholder="113.474600"
          {...register('lng')}
        />
      </div>

      <p className="location-or">{t('case.location.or')}</p>
      <SelectField
        label={t('case.location.district')}
        {...register('districtCode', {
          onChange: () => setValue('villageCode', '', { shouldValidate: isSubmitted }),
        })}
      >
        <option value="">{t('case.form.choose')}</option>
        {districts.data?.map((d) => (
          <option key={d.code} value={d.code}>
            {d.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('case.location.village')}
        error={errorMessage(errors.villageCode, t)}
        disabled={!districtCode}
        hint={districtCode ? undefined : t('case.location.villageHint')}
        {...register('villageCode')}
      >
        <option value="">{t('case.form.choose')}</option>
        {villages.data?.map((v) => (
          <option key={v.code} value={v.code}>
            {v.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('case.location.address')}
        hint={t('case.location.addressHint')}
        error={errorMessage(errors.address, t, 'case.error.address')}
        autoComplete="street-address"
        maxLength={300}
        {...register('address')}
      />
    </fieldset>
  );
}
