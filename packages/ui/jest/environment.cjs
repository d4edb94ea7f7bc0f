// jsdom has no fetch API (Request, Response, Headers…), and react-router 7
// builds a Request for every navigation that loads a lazy route. This
// environment hands jsdom's window Node's own implementations, together with
// Node's AbortController (undici's Request only accepts its own AbortSignal).
const { TestEnvironment } = require('jest-environment-jsdom');

const fromNode = [
  'fetch',
  'Request',
  'Response',
  'Headers',
  'FormData',
  'AbortController',
  'AbortSignal',
  'ReadableStream',
  'WritableStream',
  'TransformStream',
  'TextEncoder',
  'TextDecoder',
  'structuredClone',
];

/**
 * Node's FormData that also reads a jsdom <form> (and its submitter), as the
 * browser's does: React builds one from the form when a submit handler starts
 * a transition (a react-router navigation, e.g. search filters kept in the URL).
 */
function formDataReadingForms(NodeFormData) {
  return class FormData extends NodeFormData {
    constructor(form, submitter) {
      super();
      if (!form || !form.elements) return;
      for (const control of Array.from(form.elements)) {
        if (!control.name || control.disabled) continue;
        const type = (control.type || '').toLowerCase();
        if (['submit', 'button', 'reset', 'image'].includes(type) && control !== submitter) continue;
        if ((type === 'checkbox' || type === 'radio') && !control.checked) continue;
        if (type === 'file') continue;
        if (control.tagName === 'SELECT' && control.multiple) {
          for (const option of Array.from(control.selectedOptions)) this.append(control.name, option.value);
        } else {
          this.append(control.name, control.value);
        }
      }
    }
  };
}

class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of fromNode) {
      if (globalThis[name] !== undefined) this.global[name] = globalThis[name];
    }
    this.global.FormData = formDataReadingForms(globalThis.FormData);
  }
}

module.exports = JsdomWithFetchEnvironment;
