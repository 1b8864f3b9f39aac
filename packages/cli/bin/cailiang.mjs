#!/usr/bin/env node
// The `cailiang` command. A committed file of its own, not dist/cli.js itself: a workspace install
// links every package's bin before anything is built, and a bin that points into dist/ makes each
// install warn "Failed to create bin" once per dependent package.
import '../dist/cli.js';
