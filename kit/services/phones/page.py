"""The phone sign-up page: one self-contained HTML document per form (inline CSS and script, no
fonts, images or anything else fetched), in the attendee's language, with the campaign pack's
consent sentences and privacy line exactly as a sign-up in that language records them.

The page seals what the attendee typed on the phone (assets/phones/seal.js, HPKE as the kit
seals) to the server's key and sends only the sealed bytes with the form's one-time token. The
thank-you screen is drawn by the page from the attendee's own ticks: the server's answer
carries no personal data.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
from dataclasses import dataclass

from kit.content.storage import assets_dir
from kit.domain.shown_form import ShownForm
from kit.domain.text import NAME_MAX, NOTE_MAX
from kit.services.phones.texts import LANGUAGES, PageLanguage, kiosk_text, phone_text

# The kiosk's own sources (kit.ui.kiosk.signup_form), looked up in its catalogues.
REQUIRED, OPTIONAL, EMAIL_OR_PHONE = "required", "optional", "email or phone"
TEXT_FIELDS: tuple[tuple[str, str, str, str, int, str, str], ...] = (
    # name, label, hint, input type, max length, inputmode, autocomplete
    ("first_name", "First name", REQUIRED, "text", NAME_MAX, "text", "given-name"),
    ("last_name", "Last name", OPTIONAL, "text", NAME_MAX, "text", "family-name"),
    ("email", "Email", EMAIL_OR_PHONE, "email", 320, "email", "email"),
    ("phone", "Phone", EMAIL_OR_PHONE, "tel", 40, "tel", "tel"),
    ("postal_code", "ZIP code", OPTIONAL, "text", 12, "numeric", "postal-code"),
    ("note", "Anything you'd like us to know?", OPTIONAL, "text", NOTE_MAX, "text", "off"),
)
LATIN_FIELDS = ("email", "phone", "postal_code")
# The kiosk's messages for a field's error (kit.ui.kiosk.signup_form.ERROR_MESSAGES and
# CODE_MESSAGES), context "SignupErrors".
ERROR_MESSAGES: dict[str, str] = {
    "first_name:required": "Please enter a first name.",
    "email:required": "Enter an email address or a phone number.",
    "consent_email:needs_email": "Add an email address to get emails.",
    "consent_sms:needs_phone": "Add a phone number to get text messages.",
    "email:email": "This email address is not valid. Check it for typos.",
    "phone:phone": "This phone number is not valid. Check the digits. For a number from "
                   "another country, start with + and the country code.",
    "postal_code:postal_code": "This ZIP code is not valid.",
    "too_long": "This is too long.",
    "control_characters": "Please write this on one line, without special characters.",
}
INTERESTED = "I'm interested in"
THANK_YOU = "Thank you! You're signed up."
SEALED_LINE = "Your details are sealed on this phone before they are sent."
NEEDS_SCRIPT = ("This page needs JavaScript: it seals your details on this phone before sending "
                "them. Please sign up at the table.")
PAD_TO = 128  # as kit.protect.sealing: a sealed body's length does not tell short from long


@dataclass(frozen=True)
class FormPage:
    """One form as served: its HTML and the Content-Security-Policy that lets its inline
    script and style run and nothing else."""

    html: bytes
    csp: str


@functools.lru_cache(maxsize=1)
def seal_script() -> str:
    """The vendored sealing library (built by packaging/phones-js/build.sh)."""
    return (assets_dir() / "phones" / "seal.js").read_text(encoding="utf-8")


@functools.lru_cache(maxsize=8)
def _csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _json_for_script(value: object) -> str:
    # Inside <script type="application/json">: no "<" may close the element early.
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace("&", "\\u0026")


STYLE = """
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
font-size:17px;line-height:1.45;color:#1b1b1b;background:#f6f4ef}
body.rtl{font-family:"Noto Nastaliq Urdu","Noto Naskh Arabic","Jameel Noori Nastaleeq",
system-ui,sans-serif;line-height:1.9}
main{max-width:36rem;margin:0 auto;padding:12px 16px 32px}
nav{display:flex;gap:8px;flex-wrap:wrap;margin:4px 0 8px}
nav a{display:inline-block;min-height:44px;min-width:44px;padding:10px 14px;border:1px solid #888;
border-radius:8px;color:#1b1b1b;text-decoration:none;background:#fff}
nav a[aria-current=true]{border:2px solid #1b1b1b;font-weight:700}
h1{font-size:1.5rem;margin:8px 0 4px;line-height:1.3}
.event{margin:0 0 12px;color:#444}
label.field{display:block;font-weight:700;margin-top:14px}
label.field span{font-weight:400;color:#555}
input[type=text],input[type=email],input[type=tel]{display:block;width:100%;min-height:48px;
margin-top:4px;padding:10px 12px;font:inherit;border:1px solid #777;border-radius:8px;background:#fff}
input.ltr{direction:ltr}
body.rtl input.ltr{text-align:right}
.check{display:flex;gap:10px;align-items:flex-start;min-height:44px;padding:10px 0;cursor:pointer}
.check input{width:24px;height:24px;flex:none;margin:2px 0 0}
fieldset{border:0;padding:0;margin:16px 0 0}
legend{font-weight:700;padding:0}
legend span{font-weight:400;color:#555}
.error{color:#9b1c1c;font-weight:600;margin:4px 0 0}
.error:empty{display:none}
.banner{background:#fff3cd;border:1px solid #b58b00;border-radius:8px;padding:10px 12px;margin:8px 0}
.banner:empty{display:none}
.privacy{color:#333;font-size:.95rem;margin:18px 0 8px}
.sealed{color:#2d5a27;font-size:.9rem;margin:0 0 12px}
button{display:block;width:100%;min-height:52px;margin-top:8px;font:inherit;font-weight:700;
font-size:1.15rem;color:#fff;background:#1d4e89;border:0;border-radius:10px}
button:disabled{background:#6b7f99}
.thanks h1{font-size:1.8rem}
.again{display:inline-block;margin-top:20px;min-height:48px;padding:12px 16px;border-radius:10px;
border:1px solid #1d4e89;color:#1d4e89;text-decoration:none;font-weight:700;background:#fff}
[hidden]{display:none!important}
""".strip()

PAGE_SCRIPT = r"""
(function () {
  'use strict';
  var cfg = JSON.parse(document.getElementById('cfg').textContent);
  var form = document.getElementById('signup');
  var button = document.getElementById('send');
  var banner = document.getElementById('banner');
  var token = cfg.token;
  var busy = false;
  function bytes(b64) {
    var raw = atob(b64), out = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
    return out;
  }
  function b64(data) {
    var s = '';
    for (var i = 0; i < data.length; i += 0x8000) {
      s += String.fromCharCode.apply(null, data.subarray(i, i + 0x8000));
    }
    return btoa(s);
  }
  var publicKey = bytes(cfg.key);
  function clearErrors() {
    banner.textContent = '';
    var shown = document.querySelectorAll('.error');
    for (var i = 0; i < shown.length; i++) shown[i].textContent = '';
  }
  function showErrors(errors) {
    var first = null;
    Object.keys(errors).forEach(function (field) {
      var code = errors[field];
      var text = cfg.messages[field + ':' + code] || cfg.messages[code] || cfg.messages.fallback;
      var slot = document.getElementById('error-' + field);
      if (slot) { slot.textContent = '\u26a0 ' + text; if (!first) first = slot; }
      else banner.textContent = text;
    });
    if (first) first.scrollIntoView({block: 'center'});
  }
  function stop(text) {
    banner.textContent = text;
    document.getElementById('again-top').hidden = false;
    button.disabled = true;
    banner.scrollIntoView({block: 'center'});
  }
  function thank(consentEmail, consentSms) {
    var key = consentEmail && consentSms ? 'both' : consentEmail ? 'email' : consentSms ? 'sms' : 'none';
    form.reset();
    document.getElementById('promise').textContent = cfg.promise[key];
    document.getElementById('form-part').hidden = true;
    document.getElementById('thanks').hidden = false;
    window.scrollTo(0, 0);
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (busy) return;
    clearErrors();
    var value = function (name) { return form.elements[name].value; };
    var interests = [];
    var boxes = form.querySelectorAll('input[name=interest]');
    for (var i = 0; i < boxes.length; i++) if (boxes[i].checked) interests.push(boxes[i].value);
    var document_ = {
      v: 1, first_name: value('first_name'), last_name: value('last_name'),
      email: value('email'), phone: value('phone'), postal_code: value('postal_code'),
      note: value('note'), interests: interests,
      consent_email: form.elements.consent_email.checked,
      consent_sms: form.elements.consent_sms.checked
    };
    var text = JSON.stringify(document_);
    var plain = new TextEncoder().encode(text);
    var padded = new Uint8Array(plain.length + ((cfg.pad - plain.length % cfg.pad) % cfg.pad));
    padded.fill(32);
    padded.set(plain);
    var sealed = OutreachHpke.seal(publicKey, new TextEncoder().encode(cfg.info + token), padded);
    padded.fill(0);
    busy = true;
    button.disabled = true;
    button.textContent = cfg.sending;
    fetch('/signup', {
      method: 'POST', cache: 'no-store', credentials: 'omit', redirect: 'error',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({token: token, sealed: b64(sealed)})
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (answer) {
        if (response.ok && answer.ok) { thank(document_.consent_email, document_.consent_sms); return; }
        if (answer.token) token = answer.token;
        if (response.status === 422 && answer.errors) { showErrors(answer.errors); return; }
        if (answer.error === 'used') return stop(cfg.messages.used);
        if (answer.error === 'outdated') return stop(cfg.messages.outdated);
        if (response.status === 429) { banner.textContent = cfg.messages.busy; return; }
        if (response.status === 503) return stop(cfg.messages.paused);
        banner.textContent = cfg.messages.not_saved;
      });
    }).catch(function () {
      banner.textContent = cfg.messages.lost;
    }).then(function () {
      busy = false;
      if (!document.getElementById('again-top').hidden) return;
      button.disabled = false;
      button.textContent = cfg.submit;
    });
  });
  button.disabled = false;
})();
""".strip()


def _t(language: PageLanguage, context: str, source: str) -> str:
    return kiosk_text(language.code, context, source)


def render_form(
    *, language: PageLanguage, shown: ShownForm, interest_labels: dict[str, str],
    organisation: str, event_name: str, privacy: str, token: str, public_key: bytes,
    info_prefix: str,
) -> FormPage:
    """The form page for one one-time `token`, sealing to `public_key` with HPKE info
    `info_prefix + token`."""
    esc = html.escape
    code = language.code
    title = (_t(language, "KioskPage", "Stay in touch with %1").replace("%1", organisation)
             if organisation else _t(language, "KioskPage", "Stay in touch"))
    wording = shown.wording
    parts: list[str] = []
    for name, label, hint, kind, limit, inputmode, autocomplete in TEXT_FIELDS:
        latin = " class=\"ltr\" dir=\"ltr\"" if name in LATIN_FIELDS else ""
        parts.append(
            f'<label class="field" for="f-{name}">{esc(_t(language, "SignupForm", label))} '
            f'<span>({esc(_t(language, "SignupForm", hint))})</span></label>'
            f'<input id="f-{name}" name="{name}" type="{kind}" inputmode="{inputmode}" '
            f'autocomplete="{autocomplete}" maxlength="{limit + 1}"{latin} '
            f'aria-describedby="error-{name}">'
            f'<p class="error" id="error-{name}" role="alert"></p>')
        if name in ("email", "phone"):
            consent = "consent_email" if name == "email" else "consent_sms"
            sentence = wording.email if name == "email" else wording.sms
            accessible = "Email consent" if name == "email" else "Text message consent"
            parts.append(
                f'<label class="check"><input type="checkbox" name="{consent}" '
                f'aria-label="{esc(_t(language, "SignupForm", accessible))}" '
                f'aria-describedby="{consent}-text"><span id="{consent}-text" dir="auto">'
                f'{esc(sentence)}</span></label>'
                f'<p class="error" id="error-{consent}" role="alert"></p>')
    if shown.interests:
        boxes = "".join(
            f'<label class="check"><input type="checkbox" name="interest" value="{esc(tag)}">'
            f'<span dir="auto">{esc(interest_labels.get(tag, tag))}</span></label>'
            for tag in shown.interests)
        parts.append(
            f'<fieldset><legend>{esc(_t(language, "SignupForm", INTERESTED))} '
            f'<span>({esc(_t(language, "SignupForm", OPTIONAL))})</span></legend>{boxes}'
            f'<p class="error" id="error-interests" role="alert"></p></fieldset>')
    privacy_line = privacy or _t(
        language, "SignupForm", "We use your details only to keep you informed about our "
        "work. Leave the boxes unticked and we won't email or text you.")
    messages = {key: _t(language, "SignupErrors", source) for key, source in ERROR_MESSAGES.items()}
    messages.update({
        "fallback": _t(language, "KioskPage", "Not saved: the sign-up could not be written. Your "
                       "details are still in the form; try again, or ask a volunteer."),
        "not_saved": _t(language, "KioskPage", "Not saved: the sign-up could not be written. "
                        "Your details are still in the form; try again, or ask a volunteer."),
        "outdated": _t(language, "KioskPage", "This form was just updated. Please check your "
                       "choices and read the consent boxes again before you sign up."),
        "used": phone_text(code, "This form was already sent. Open a new form to sign up again."),
        "busy": phone_text(code, "Too many tries from this phone. Wait a minute and try again."),
        "paused": phone_text(code, "Sign-ups from phones are paused. Please sign up at the "
                             "table."),
        "lost": phone_text(code, "Not sent: the connection to the table was lost. Your details "
                           "are still in the form; try again."),
    })
    promise = {
        "both": _t(language, "ThankYouPanel", "We will email and text you about our events and "
                   "actions, as you asked."),
        "email": _t(language, "ThankYouPanel", "We will email you about our events and actions, "
                    "as you asked."),
        "sms": _t(language, "ThankYouPanel", "We will text you about our events and actions, "
                  "as you asked."),
        "none": _t(language, "ThankYouPanel", "We won't email or text you. You are welcome at "
                   "our table any time."),
    }
    submit = _t(language, "SignupForm", "Sign up")
    config = {
        "token": token, "key": base64.b64encode(public_key).decode("ascii"),
        "info": info_prefix, "pad": PAD_TO, "messages": messages, "promise": promise,
        "submit": submit, "sending": phone_text(code, "Sending…"),
    }
    script = seal_script() + "\n" + PAGE_SCRIPT
    nav = "".join(
        f'<a href="/?lang={other.code}" lang="{other.code}" hreflang="{other.code}"'
        + (' aria-current="true"' if other.code == code else "")
        + f'>{esc(other.native_name)}</a>' for other in LANGUAGES)
    new_form = esc(phone_text(code, "Open a new form"))
    mark = "\u200f" if language.right_to_left else ""
    document = (
        f'<!doctype html><html lang="{code}" dir="{"rtl" if language.right_to_left else "ltr"}">'
        '<head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f'<title>{esc(title)}</title><style>{STYLE}</style></head>'
        f'<body class="{"rtl" if language.right_to_left else "ltr"}"><main>'
        f'<nav aria-label="Language">{nav}</nav>'
        f'<div id="form-part"><h1 dir="auto">{esc(mark + title)}</h1>'
        + (f'<p class="event" dir="auto">{esc(event_name)}</p>' if event_name else "")
        + f'<p class="sealed">{esc(phone_text(code, SEALED_LINE))}</p>'
        f'<noscript><p class="banner">{esc(phone_text(code, NEEDS_SCRIPT))}</p></noscript>'
        '<p class="banner" id="banner" role="alert"></p>'
        f'<a class="again" id="again-top" href="/?lang={code}" hidden>{new_form}</a>'
        '<form id="signup" novalidate autocomplete="on">'
        + "".join(parts)
        + f'<p class="privacy" dir="auto">{esc(privacy_line)}</p>'
        f'<button id="send" type="submit" disabled>{esc(submit)}</button></form></div>'
        f'<div id="thanks" class="thanks" hidden role="status"><h1>'
        f'{esc(_t(language, "ThankYouPanel", THANK_YOU))}</h1>'
        '<p id="promise"></p>'
        f'<a class="again" href="/?lang={code}">{esc(phone_text(code, "Sign up another person"))}</a>'
        '</div></main>'
        f'<script type="application/json" id="cfg">{_json_for_script(config)}</script>'
        f'<script>{script}</script></body></html>'
    )
    csp = ("default-src 'none'; script-src " + _csp_hash(script) + "; style-src "
           + _csp_hash(STYLE) + "; connect-src 'self'; form-action 'none'; base-uri 'none'; "
           "frame-ancestors 'none'; img-src 'none'")
    return FormPage(document.encode("utf-8"), csp)


def render_notice(language: PageLanguage, source: str) -> FormPage:
    """A page with one sentence of PHONE_TEXTS (paused, too many tries) and a link to a new
    form."""
    esc = html.escape
    text = phone_text(language.code, source)
    direction = "rtl" if language.right_to_left else "ltr"
    document = (
        f'<!doctype html><html lang="{language.code}" dir="{direction}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<title>{esc(text)}</title><style>{STYLE}</style></head><body class="{direction}"><main>'
        f'<p class="banner">{esc(text)}</p>'
        f'<a class="again" href="/?lang={language.code}">'
        f'{esc(phone_text(language.code, "Open a new form"))}</a></main></body></html>')
    csp = ("default-src 'none'; style-src " + _csp_hash(STYLE) + "; form-action 'none'; "
           "base-uri 'none'; frame-ancestors 'none'")
    return FormPage(document.encode("utf-8"), csp)
