/**
 * Everything delivery needs beyond the first screen, in one self-contained chunk that only
 * hosts with an `endpoint` load: the controller and its outbox, the form and its texts.
 */
export { DeliveryController } from './delivery.ts';
export { consentText, renderDeliveryForm } from '../ui/delivery-form.ts';
export { buildPayload, uuid } from '../core/payload.ts';
export { deliveryMessages } from '../i18n/delivery.ts';
