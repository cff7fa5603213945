// Background: the only judge. Thin: wires the managers in background/ together.
import { startBadge } from '../background/badge';
import { startDetails } from '../background/details';
import { startInterstitial } from '../background/interstitial';
import { startJudgeService } from '../background/judge-service';
import { startSettingsService } from '../background/settings-service';
import { startTabVerdicts } from '../background/tab-verdicts';

export default defineBackground(() => {
  startTabVerdicts();
  startSettingsService();
  startJudgeService();
  startBadge();
  startDetails();
  startInterstitial();
});
