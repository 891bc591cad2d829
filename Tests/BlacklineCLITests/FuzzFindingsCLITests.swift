import Foundation
import Testing

/// Inputs `Scripts/fuzz` found (Fixtures/hostile, "Found by Scripts/fuzz"), each diffed against the
/// fixture it was mutated from, as the fuzzer ran it: under a 1 GiB address-space ceiling, the
/// diff must end on its own with its normal status and nothing on stderr. Before the fixes, two
/// ran past 1 GB in the word diff and one trapped formatting an infinite percentage.
@Suite struct FuzzFindingsCLITests {
    static let ceilingKiB = 1 << 20

    static let findings: [(seed: String, mutant: String)] = [
        ("Fixtures/layout/yksd-agreement.layout.txt", "Fixtures/hostile/fuzz-diff-memory-yksd-layout.txt"),
        ("Fixtures/html/small-redline.html", "Fixtures/hostile/fuzz-diff-percent-trap.html"),
        ("Fixtures/html/small-redline.html", "Fixtures/hostile/fuzz-diff-memory-small-redline.html"),
    ]

    @Test(arguments: 0..<findings.count)
    func diffEndsWithinTheCeiling(index: Int) throws {
        let (seed, mutant) = Self.findings[index]
        let result = try WatchedRun.run(["diff", seed, mutant, "--format", "html"], addressSpaceKiB: Self.ceilingKiB)
        #expect(!result.signalled, "\(mutant): \(result.stderr.prefix(300))")
        #expect(result.status == 1, "\(mutant): \(result.stderr.prefix(300))")
        #expect(result.stderr.isEmpty, "\(mutant): \(result.stderr.prefix(300))")
    }
}
