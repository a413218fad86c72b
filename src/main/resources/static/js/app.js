// Starts the NHS.UK frontend components. Loaded as a module so that the page needs no inline script (strict CSP).
import { initAll } from '/vendor/nhsuk/nhsuk-frontend.min.js';

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
initAll();

// Camera scanning of equipment labels. Where the browser can read QR codes and barcodes itself (BarcodeDetector, as
// on Android phones) a "Scan with camera" button appears beside the label field; elsewhere the field takes typing or
// a handheld scanner's input, so nothing depends on this.
const scanButtons = document.querySelectorAll('[data-scan-for]');
if (scanButtons.length && 'BarcodeDetector' in window && navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
  scanButtons.forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', () => scanInto(button));
  });
}

async function scanInto(button) {
  const input = document.getElementById(button.dataset.scanFor);
  const video = document.getElementById(button.dataset.scanVideo);
  const status = document.getElementById(button.dataset.scanStatus);
  const say = (text) => { if (status) { status.textContent = text; } };
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  } catch (e) {
    say('The camera could not be opened. Type the label or use a scanner instead.');
    return;
  }
  const detector = new window.BarcodeDetector({ formats: ['qr_code', 'code_128', 'code_39'] });
  video.srcObject = stream;
  video.hidden = false;
  button.disabled = true;
  say('Point the camera at the label.');
  await video.play();
  const stop = () => {
    stream.getTracks().forEach((track) => track.stop());
    video.hidden = true;
    button.disabled = false;
  };
  const giveUpAt = Date.now() + 30000;
  while (Date.now() < giveUpAt) {
    const codes = await detector.detect(video).catch(() => []);
    if (codes.length > 0) {
      stop();
      input.value = codes[0].rawValue.trim();
      say('Scanned ' + input.value + '.');
      if (button.dataset.scanSubmit === 'true') {
        input.form.requestSubmit();
      }
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  say('No label was read. Try again closer to the label, or type it.');
}
