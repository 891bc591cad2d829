import Foundation
import Testing

/// The terminal report's options (issue 19) and mistyped commands, as a user meets them.
@Suite struct TerminalOptionsCLITests {
    static let pair = ["Fixtures/seeds/asd-ace-2003-06-agreement.txt", "Fixtures/pairs/asd-ace-2003-06-edited.txt"]

    @Test func mistypedCommandSuggestsTheNearest() throws {
        let result = try WatchedRun.run(["dif", "a", "b"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "blackline: unknown command 'dif'; did you mean 'diff'?\n")
        let far = try WatchedRun.run(["frobnicate"])
        #expect(far.status == 2)
        #expect(far.stderr.hasPrefix("blackline: unknown command 'frobnicate'; the commands are parse, diff,"))
    }

    @Test func quietPrintsNothingAndExitsAsDiff() throws {
        let changed = try WatchedRun.run(["diff"] + Self.pair + ["--quiet"])
        #expect(changed.status == 1)
        #expect(changed.stdout.isEmpty && changed.stderr.isEmpty)
        let same = try WatchedRun.run(["diff", Self.pair[0], Self.pair[0], "-q"])
        #expect(same.status == 0)
        #expect(same.stdout.isEmpty)
    }

    @Test func summaryAndContext() throws {
        let summary = try WatchedRun.run(["diff"] + Self.pair + ["--summary", "--color", "never"])
        #expect(summary.status == 1)
        #expect(summary.stdout.contains("\nrenumbered 605.A.2–7 → 605.A.3–8\nmodified 701.A\nretitled 708\n"))
        #expect(!summary.stdout.contains("{+"))
        let bare = try WatchedRun.run(["diff"] + Self.pair + ["--context", "0", "--color", "never"])
        #expect(bare.stdout.contains("\n  [-$525-]{+$575+}\n"))
        let wide = try WatchedRun.run(["diff"] + Self.pair + ["--color", "never"])
        #expect(wide.stdout.contains("\n  The District shall contribute [-$525-]{+$575+} per month toward health benefits…\n"))
        let refused = try WatchedRun.run(["diff"] + Self.pair + ["--summary", "--format", "json"])
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("blackline: --summary shapes the text report"))
    }

    @Test func verifyTakesTheSameOptions() throws {
        let result = try WatchedRun.run(["verify", "Fixtures/pdf/aea-redline.pdf", "--against", "Fixtures/pdf/aea-redline.pdf", "--summary", "--color", "never"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("unmarked changes against the old agreement:\nmodified "))
    }

    @Test func serveHelpAndArguments() throws {
        let help = try WatchedRun.run(["serve", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("127.0.0.1"))
        #expect(help.stdout.contains("--no-open"))
        let badPort = try WatchedRun.run(["serve", "--port", "70000", "--no-open"])
        #expect(badPort.status == 2)
        #expect(badPort.stderr.contains("--port takes a number from 1 to 65535"))
    }
}
