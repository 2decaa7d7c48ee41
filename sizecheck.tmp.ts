export { servicesDataset } from './src/content/schema/services.js';
