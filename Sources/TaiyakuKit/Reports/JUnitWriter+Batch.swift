extension JUnitWriter {
    /// A batch as JUnit XML: one test suite per pair inside `testsuites`, in pair order. A reviewed pair's suite is
    /// the one a single check writes (one test case per rule); a pair that could not be checked has a suite with
    /// one `load` test case in error, carrying the message.
    public func document(for batch: BatchReview) -> String {
        var suites: [XMLElement.Child] = []
        var tests = 0
        var failures = 0
        var errors = 0
        for entry in batch.entries {
            if let review = entry.review {
                let (suite, failing) = testSuite(for: review)
                suites.append(.element(suite))
                tests += review.rules.count
                failures += failing
            } else {
                let message = entry.failure ?? ""
                let loadCase = XMLElement(
                    "testcase", attributes: [("classname", "taiyaku.load"), ("name", "load")],
                    children: [.element(XMLElement("error", attributes: [("message", message), ("type", "load")], text: message))])
                suites.append(.element(XMLElement(
                    "testsuite",
                    attributes: [
                        ("name", "\(entry.pair.source) ↔ \(entry.pair.target)"), ("tests", "1"), ("failures", "0"), ("errors", "1"),
                    ],
                    children: [.element(loadCase)])))
                tests += 1
                errors += 1
            }
        }
        let root = XMLElement(
            "testsuites",
            attributes: [("name", "taiyaku"), ("tests", "\(tests)"), ("failures", "\(failures)"), ("errors", "\(errors)")],
            children: suites)
        return root.document()
    }
}
