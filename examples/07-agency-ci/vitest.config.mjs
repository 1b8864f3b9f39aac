// The agency's test set-up: nothing cailiang-specific beyond describeFixtures in test/.
export default { test: { include: ['test/**/*.test.mjs'] } };
