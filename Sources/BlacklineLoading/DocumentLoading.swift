import BlacklineDiffer
import BlacklineModel
import BlacklineNormalizer
import BlacklineReaders
import Foundation

/// Reading and normalizing, shared by every subcommand; read errors become one-line failures.
public enum DocumentLoading {
    public static func document(at path: String, options: ReadOptions = ReadOptions()) throws(Failure) -> MarkedDocument {
        do {
            return try DocumentReader.read(path: path, options: options)
        } catch {
            throw Failure(message: error.description)
        }
    }

    /// A redline draft's two versions: its markup undone, and accepted, normalized at once (on a
    /// 300-page draft each side takes seconds, and they do not depend on each other).
    public static func redlineSides(at path: String) throws(Failure) -> (undone: Agreement, accepted: Agreement) {
        let document = try document(at: path)
        return try inParallel { index throws(Failure) in
            try agreement(from: Redline.side(index == 0 ? .old : .new, of: document))
        }
    }

    /// Two documents read and normalized at once, one per core: a diff's wall time is mostly
    /// reading, and the two sides do not depend on each other.
    public static func agreements(at first: String, _ second: String) throws(Failure) -> (Agreement, Agreement) {
        try inParallel { index throws(Failure) in try agreement(at: index == 0 ? first : second) }
    }

    /// `make(0)` and `make(1)` on two threads.
    private static func inParallel(_ make: @Sendable (Int) throws(Failure) -> Agreement) throws(Failure) -> (Agreement, Agreement) {
        let results = ResultSlots()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let outcome: Result<Agreement, Failure>
            do throws(Failure) {
                outcome = .success(try make(index))
            } catch {
                outcome = .failure(error)
            }
            results.store(outcome, at: index)
        }
        // The first side's trouble is reported first, as a sequential reader would.
        return (try results.value(at: 0), try results.value(at: 1))
    }

    public static func agreement(at path: String) throws(Failure) -> Agreement {
        try agreement(from: try document(at: path))
    }

    public static func agreement(from document: MarkedDocument) throws(Failure) -> Agreement {
        let agreement = Normalizer().normalize(document)
        guard agreement.hasText else {
            throw Failure(message: "\(document.source): no text found; "
                + "check that this is an agreement or a TA'd draft (a scanned PDF needs OCR first, e.g. ocrmypdf)")
        }
        return agreement
    }
}

/// Two result slots written from concurrent workers, each slot by one worker only.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<Agreement, Failure>?] = [nil, nil]

    func store(_ result: Result<Agreement, Failure>, at index: Int) {
        lock.withLock { slots[index] = result }
    }

    func value(at index: Int) throws(Failure) -> Agreement {
        let result = lock.withLock { slots[index] }
        switch result {
        case .success(let agreement): return agreement
        case .failure(let failure): throw failure
        case nil: throw Failure(message: "internal error: a document was not loaded; please report this")
        }
    }
}

/// A problem the user must fix, already phrased as one line: file, problem, what to do. The
/// command line prints it on stderr and exits 2; the local page shows it with status 422.
public struct Failure: Error, CustomStringConvertible {
    public static let exitStatus: Int32 = 2
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
