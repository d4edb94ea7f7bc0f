import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { useT } from '../i18n/LanguageProvider.js';
import { errorText } from '../i18n/errors.js';
import type { StoredPhoto } from './api.js';
import { useCasesApi } from './hooks.js';
import { isOfflineError } from './outbox.js';

const TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const MAX_BYTES = 10 * 1024 * 1024;

interface Item {
  key: number;
  name: string;
  preview: string;
  /** 'offline': the upload found no network; the file waits on the phone and goes with the report. */
  state: 'uploading' | 'done' | 'failed' | 'offline';
  photo?: StoredPhoto;
  file?: File;
  error?: string;
}

export interface PhotoPickerProps {
  /** The group's legend, e.g. "Foto". */
  legend: string;
  hint?: string;
  /** Already translated. */
  error?: string;
  requiredText?: string;
  max: number;
  /** Keep photos that found no network on the phone (the resident's report form, see outbox.ts). */
  keepOffline?: boolean;
  /**
   * Uploaded photos in order, whether one is still on its way, and the files
   * that could not be uploaded for lack of network (sent with the report later).
   */
  onChange(photos: StoredPhoto[], uploading: boolean, waiting: File[]): void;
}

function previewOf(file: File): string {
  return typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : '';
}

function release(url: string) {
  if (url && typeof URL.revokeObjectURL === 'function') URL.revokeObjectURL(url);
}

/**
 * Photos uploaded as soon as they are chosen (the gateway re-encodes them and
 * strips EXIF, returning the EXIF position), with previews and a remove button each.
 */
export function PhotoPicker({
  legend,
  hint,
  error,
  requiredText,
  max,
  keepOffline = false,
  onChange,
}: PhotoPickerProps) {
  const t = useT();
  const api = useCasesApi();
  const id = useId();
  const [items, setItems] = useState<Item[]>([]);
  const nextKey = useRef(0);
  const latest = useRef(items);
  const report = useEffectEvent((list: Item[]) =>
    onChange(
      list.flatMap((item) => (item.state === 'done' && item.photo ? [item.photo] : [])),
      list.some((item) => item.state === 'uploading'),
      list.flatMap((item) => (item.state === 'offline' && item.file ? [item.file] : [])),
    ),
  );

  useEffect(() => {
    latest.current = items;
    report(items);
  }, [items]);

  // Previews are object URLs: give them back when the form goes away.
  useEffect(() => () => latest.current.forEach((item) => release(item.preview)), []);

  const update = (key: number, patch: Partial<Item>) =>
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  const add = (files: FileList | null) => {
    const room = max - items.length;
    const chosen = Array.from(files ?? []).slice(0, Math.max(room, 0));
    const added: Item[] = chosen.map((file) => {
      const key = nextKey.current++;
      const local = !TYPES.includes(file.type)
        ? t('case.photo.type')
        : file.size > MAX_BYTES
          ? t('case.photo.tooLarge')
          : null;
      const item: Item = {
        key,
        name: file.name,
        preview: local ? '' : previewOf(file),
        state: local ? 'failed' : 'uploading',
        error: local ?? undefined,
      };
      if (!local) {
        api.uploadPhoto(file).then(
          (photo) => update(key, { state: 'done', photo }),
          (failure: unknown) =>
            update(
              key,
              keepOffline && isOfflineError(failure)
                ? { state: 'offline', file }
                : { state: 'failed', error: errorText(failure, t.lang) },
            ),
        );
      }
      return item;
    });
    setItems((current) => [...current, ...added]);
  };

  const remove = (key: number) => {
    setItems((current) => {
      current.filter((item) => item.key === key).forEach((item) => release(item.preview));
      return current.filter((item) => item.key !== key);
    });
  };

  const full = items.length >= max;
  return (
    <fieldset
      className="field photo-picker"
      aria-describedby={
        [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
      }
    >
      <legend>
        {legend}
        {requiredText ? <span className="field-required"> ({requiredText})</span> : null}
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {items.length ? (
        <ul className="photo-list">
          {items.map((item, index) => {
            const label = t('case.photo.n', { n: index + 1 });
            return (
              <li key={item.key} className="photo-item" data-state={item.state}>
                {item.preview ? (
                  <img src={item.preview} alt={label} />
                ) : (
                  <span className="photo-empty">{label}</span>
                )}
                <p className="photo-state" role={item.state === 'failed' ? 'alert' : 'status'}>
                  {item.state === 'uploading'
                    ? t('case.photo.uploading')
                    : item.state === 'done'
                      ? t('case.photo.done')
                      : item.state === 'offline'
                        ? t('case.photo.offline')
                        : item.error}
                </p>
                <button type="button" className="link-button" onClick={() => remove(item.key)}>
                  {t('case.photo.remove', { n: index + 1 })}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {full ? (
        <p className="field-hint">{t('case.photo.full', { max })}</p>
      ) : (
        <div className="file-pick">
          <input
            id={`${id}-input`}
            className="visually-hidden file-input"
            type="file"
            accept={TYPES.join(',')}
            multiple={max - items.length > 1}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => {
              add(event.target.files);
              event.target.value = '';
            }}
          />
          <label htmlFor={`${id}-input`} className="button button-secondary">
            {items.length ? t('case.photo.addMore') : t('case.photo.add')}
          </label>
        </div>
      )}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
