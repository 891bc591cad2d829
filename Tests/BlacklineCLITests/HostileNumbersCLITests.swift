import Foundation
import Testing

/// The built `blackline` on numbers past Int, Double or any plausible contract value
/// (Fixtures/hostile, "Numbers"): every subcommand that reads them ends on its own, without a
/// signal, with its normal exit status and the finding that says what was left unchecked.
@Suite struct HostileNumbersCLITests {
    static let folder = "Fixtures/hostile/"

    func run(_ arguments: [String]) throws -> WatchedRun { try WatchedRun.run(arguments) }

    func expect(_ arguments: [String], status: Int32, saying finding: String) throws {
        let result = try run(arguments)
        #expect(!result.signalled, "\(arguments) crashed or hung")
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        #expect(result.stderr.isEmpty, "\(arguments): \(result.stderr)")
        #expect(result.stdout.contains(finding), "\(arguments): \(result.stdout.prefix(2_000))")
    }

    @Test(arguments: ["text", "json", "csv"])
    func aPercentagePastAThousandIsAWarning(format: String) throws {
        try expect(["audit", Self.folder + "audit-percent-overflow.txt", "--format", format], status: 1,
                   saying: "percentage 99999999999999999999% is past any plausible contract value; not checked")
    }

    static let eighteenDigits = "step 0 of lane 'BA' of '2004 - 2005 @ 192 Days': amount 999999999999999999.00 is past any plausible contract value; not checked"

    static let auditsAndReports: [(command: [String], status: Int32)] = [
        (["audit"], 1), (["audit", "--format", "json"], 1), (["audit", "--format", "csv"], 1),
        (["tables", "--format", "json"], 0),
    ]

    @Test func anEighteenDigitAmountIsAWarning() throws {
        for (command, status) in Self.auditsAndReports {
            try expect(command + [Self.folder + "tables-money-overflow.txt"], status: status, saying: Self.eighteenDigits)
        }
    }

    /// Reports without grid findings (the grid's cells print empty) still read the file.
    @Test(arguments: [["tables"], ["parse"], ["parse", "--format", "json"], ["parse", "--format", "marked"], ["markup"]])
    func anEighteenDigitAmountIsRead(command: [String]) throws {
        let result = try run(command + [Self.folder + "tables-money-overflow.txt"])
        #expect(!result.signalled)
        #expect(result.status == 0, "\(command): \(result.stderr)")
    }

    @Test(arguments: ["diff-new-1e23.txt", "diff-new-inf.txt"], ["html", "json", "csv", "text"])
    func aHugeAmountChangeIsNotCompared(new: String, format: String) throws {
        try expect(["diff", Self.folder + "diff-old.txt", Self.folder + new, "--format", format], status: 1,
                   saying: "is past any plausible contract value; not compared")
    }
}
