/** A number's services as the API names them (`settings.voice`, …), in words of the current language. */
import { t } from '../../i18n/index.ts';

export const SERVICES = ['voice', 'sms', 'data', 'roaming', 'international', 'premiumRate'] as const;
export type Service = (typeof SERVICES)[number];

export const serviceText = (service: Service): string => t(`numbers.service.${service}`);
