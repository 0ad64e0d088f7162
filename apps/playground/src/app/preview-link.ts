import { parsePreviewReport, type PreviewReport, type RenderMessage } from '../shared/messages.js';

/**
 * The playground's side of the preview frame: sends the latest render message
 * once the frame says it is ready (and again whenever it changes), and passes
 * the frame's reports on. Only messages from our own frame, on our own origin,
 * are read.
 */
export class PreviewLink {
  private latest: RenderMessage | undefined;
  private sent = '';
  private ready = false;
  private readonly onReport: (report: PreviewReport) => void;

  constructor(onReport: (report: PreviewReport) => void) {
    this.onReport = onReport;
    window.addEventListener('message', this.onMessage);
  }

  private frame(): HTMLIFrameElement | null {
    return document.querySelector<HTMLIFrameElement>('#preview-frame');
  }

  private readonly onMessage = (event: MessageEvent): void => {
    const frame = this.frame();
    if (!frame || event.source !== frame.contentWindow || event.origin !== window.location.origin) return;
    const report = parsePreviewReport(event.data);
    if (!report) return;
    if (report.type === 'wijkwijzer-playground:ready') {
      // A (re)loaded frame has nothing on it yet.
      this.ready = true;
      this.sent = '';
      this.flush();
    }
    this.onReport(report);
  };

  /** Called after every render with what the preview should show. */
  show(message: RenderMessage): void {
    this.latest = message;
    this.flush();
  }

  /** The frame is gone (another view): the next one starts from scratch. */
  detach(): void {
    this.ready = false;
    this.sent = '';
  }

  private flush(): void {
    const frame = this.frame();
    if (!this.ready || !this.latest || !frame?.contentWindow) return;
    const key = JSON.stringify(this.latest);
    if (key === this.sent) return;
    this.sent = key;
    frame.contentWindow.postMessage(this.latest, window.location.origin);
  }
}
