// The preview page's script: every element the library defines (so each dataset shows in its widget as
// soon as that widget exists), and the preview itself.
import '../src/index.js';
import './preview/content-preview.js';
