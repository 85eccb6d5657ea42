#!/usr/bin/env node
// The installed `report-lens` command (package.json "bin", built to dist-cli/).
import { runAsProcess } from './extract';

runAsProcess();
