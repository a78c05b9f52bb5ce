// The loopback APS lives in src/demo (it also powers `demo --live`); tests import it from here.
export * from '../../src/demo/mock-aps-server.js';
