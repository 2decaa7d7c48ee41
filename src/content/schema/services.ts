/** Placeholder so that the content layer compiles; the service finder work replaces this file. */
import { defineDataset } from './dataset.js';

export const servicesDataset = defineDataset({ name: 'services', top: {}, collections: {} });
