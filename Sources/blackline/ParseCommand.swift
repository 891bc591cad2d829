import ArgumentParser
import BlacklineModel
import BlacklineNormalizer
import BlacklineReaders

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parse", abstract: "Print the clause tree of one document.")

    @Argument(help: "The agreement or draft: .pdf, .txt, .docx or .html.") var file: String

    func run() throws {
        let document = try DocumentReader.read(path: file)
        let agreement = Normalizer().normalize(document)
        print(agreement.dump(OutlineOptions(excerptLength: 60, showsBlocks: false)))
        for finding in agreement.findings { print(finding) }
    }
}
