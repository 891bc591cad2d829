import BlacklineDiffer
import BlacklineModel
import BlacklineNormalizer
import BlacklineReaders

/// Reading and normalizing, shared by every subcommand; read errors become one-line failures.
enum DocumentLoading {
    static func document(at path: String, options: ReadOptions = ReadOptions()) throws(Failure) -> MarkedDocument {
        do {
            return try DocumentReader.read(path: path, options: options)
        } catch {
            throw Failure(message: error.description)
        }
    }

    /// A redline draft's two versions: its markup undone, and accepted.
    static func redlineSides(at path: String) throws(Failure) -> (undone: Agreement, accepted: Agreement) {
        let document = try document(at: path)
        return (try agreement(from: Redline.side(.old, of: document)), try agreement(from: Redline.side(.new, of: document)))
    }

    static func agreement(at path: String) throws(Failure) -> Agreement {
        try agreement(from: try document(at: path))
    }

    static func agreement(from document: MarkedDocument) throws(Failure) -> Agreement {
        let agreement = Normalizer().normalize(document)
        guard !agreement.articles.isEmpty else {
            throw Failure(message: "\(document.source): no numbered articles found (such as '205 HEALTH BENEFITS'); "
                + "this does not look like an agreement or a TA'd draft")
        }
        return agreement
    }
}
