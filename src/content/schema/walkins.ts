/** Placeholder so that the content layer compiles; the walk-in schedule work replaces this file. */
import { defineDataset } from './dataset.js';

export const walkinsDataset = defineDataset({ name: 'walkins', top: {}, collections: {} });
