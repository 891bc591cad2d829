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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -v \(Self.ceilingKiB); exec \"$0\" \"$@\"", CLITests.executable.path,
                             "diff", seed, mutant, "--format", "html"]
        process.currentDirectoryURL = CLITests.root
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + HostileInputCLITests.timeout, execute: watchdog)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        watchdog.cancel()
        #expect(process.terminationReason == .exit, "\(mutant): \(stderr.prefix(300))")
        #expect(process.terminationStatus == 1, "\(mutant): \(stderr.prefix(300))")
        #expect(stderr.isEmpty, "\(mutant): \(stderr.prefix(300))")
    }
}
