import ArgumentParser
import BlacklineNormalizer
import BlacklineReaders

@main
struct Blackline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blackline",
        abstract: "Show exactly what changed in a labor contract, and prove the money is right.",
        version: "0.1.0 (poppler-glib \(PopplerLibrary.version), libxml2 \(LibXML2Library.version))",
        subcommands: [ParseCommand.self]
    )
}
