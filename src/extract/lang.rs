//! Words of listings written in German, French, Spanish, Italian, Portuguese, Dutch, Polish,
//! Russian, Chinese and Japanese: the labels of a talk's fields ("Referentin:", "Orateur :",
//! "Ponente:", "Relatore:", "Докладчик:", "报告人："), month and weekday names,
//! academic honorifics ("PD Dr.", "Dr.-Ing.", "Dr. rer. nat."), "both" ("beide", "tous
//! deux"), the words of part markers ("Teil 1 von 3", "partie 1 sur 2", "parte 1 de 3") and
//! the words that call a talk off ("entfällt", "annulé").
//!
//! The entry points are the lists themselves; [`field`] looks a label up. The English words
//! stay in [`words`](super::words) and the classifier consults both, so a page in any of these
//! languages is read with the same rules as an English one. Lists are lowercase.

use super::line::Field;

/// Labels of a talk's fields, as written before a colon (French puts a space before it;
/// Chinese and Japanese write a full-width one).
pub(crate) const FIELDS: &[(&str, Field)] = &[
    // Maltese: "Jitkellem: …", "Titkellem: …" (he, she speaks), "Jitkellmu: …" (they speak),
    // "Jieħdu sehem: …" (taking part), "Jippresiedi: …", "Tippresiedi: …", "Tmexxi: …" (the
    // chair), "Suġġett: …" (the subject)
    ("jitkellem", Field::Speaker),
    ("titkellem", Field::Speaker),
    ("jitkellmu", Field::Speaker),
    ("jieħdu sehem", Field::Speaker),
    ("kelliem", Field::Speaker),
    ("kelliema", Field::Speaker),
    ("jippresiedi", Field::Ignored),
    ("tippresiedi", Field::Ignored),
    ("jmexxi", Field::Ignored),
    ("tmexxi", Field::Ignored),
    ("suġġett", Field::Title),
    // Tagalog: "Tagapanayam: …" (the lecturer), "Mga tagapanayam: …", "Tagapagsalita: …" (the
    // speaker), "Tagapagpadaloy: …" (the moderator), "Paksa: …" (the topic)
    ("tagapanayam", Field::Speaker),
    ("mga tagapanayam", Field::Speaker),
    ("tagapagsalita", Field::Speaker),
    ("mga tagapagsalita", Field::Speaker),
    ("tagapagpadaloy", Field::Ignored),
    ("tagapag-ugnay", Field::Ignored),
    ("paksa", Field::Title),
    // Albanian: "Prezantues: …", "Prezantuese: …" (the presenter), "Folës: …" (the speaker),
    // "Tema: …" (the topic), "Panelistë: …", "Bashautorë: …" (co-authors, who did not present),
    // "Moderatore: …", "Koordinatore: …", "Minutazhi: …" (the chapters)
    ("prezantues", Field::Speaker),
    ("prezantuese", Field::Speaker),
    ("prezantuesi", Field::Speaker),
    ("prezantuesit", Field::Speaker),
    ("prezantueset", Field::Speaker),
    ("folës", Field::Speaker),
    ("folësi", Field::Speaker),
    ("folëse", Field::Speaker),
    ("panelistë", Field::Speaker),
    ("panelistët", Field::Speaker),
    ("bashautorë", Field::Ignored),
    ("bashautorët", Field::Ignored),
    ("moderatore", Field::Ignored),
    ("moderatori", Field::Ignored),
    ("koordinatore", Field::Ignored),
    ("koordinatori", Field::Ignored),
    ("minutazhi", Field::Ignored),
    // German
    ("referent", Field::Speaker),
    ("referentin", Field::Speaker),
    ("referenten", Field::Speaker),
    ("referentinnen", Field::Speaker),
    ("referent*in", Field::Speaker),
    ("referent(in)", Field::Speaker),
    ("vortragende", Field::Speaker),
    ("vortragender", Field::Speaker),
    ("vortragende(r)", Field::Speaker),
    ("sprecher", Field::Speaker),
    ("sprecherin", Field::Speaker),
    ("gast", Field::Speaker),
    ("gäste", Field::Speaker),
    ("titel", Field::Title),
    ("vortrag", Field::Title),
    ("thema", Field::Title),
    ("vortragstitel", Field::Title),
    ("zusammenfassung", Field::Abstract),
    ("kurzfassung", Field::Abstract),
    ("abstrakt", Field::Abstract),
    ("institution", Field::Affiliation),
    ("einrichtung", Field::Affiliation),
    ("datum", Field::When),
    ("zeit", Field::When),
    ("termin", Field::When),
    ("ort", Field::Ignored),
    ("raum", Field::Ignored),
    ("gastgeber", Field::Ignored),
    ("gastgeberin", Field::Ignored),
    ("gastgeber*in", Field::Ignored),
    ("einladung", Field::Ignored),
    ("eingeladen von", Field::Ignored),
    ("moderation", Field::Ignored),
    ("leitung", Field::Ignored),
    ("aufzeichnung", Field::Ignored),
    ("folien", Field::Ignored),
    ("kontakt", Field::Ignored),
    ("hinweis", Field::Ignored),
    ("anmerkung", Field::Ignored),
    ("sprache", Field::Ignored),
    // French
    ("orateur", Field::Speaker),
    ("oratrice", Field::Speaker),
    ("orateurs", Field::Speaker),
    ("intervenant", Field::Speaker),
    ("intervenante", Field::Speaker),
    ("intervenants", Field::Speaker),
    ("conférencier", Field::Speaker),
    ("conférencière", Field::Speaker),
    ("titre", Field::Title),
    ("exposé", Field::Title),
    ("titre de l'exposé", Field::Title),
    ("résumé", Field::Abstract),
    ("affiliation", Field::Affiliation),
    ("établissement", Field::Affiliation),
    ("heure", Field::When),
    ("lieu", Field::Ignored),
    ("salle", Field::Ignored),
    ("vidéo", Field::Ignored),
    ("enregistrement", Field::Ignored),
    ("invité par", Field::Ignored),
    ("organisateur", Field::Ignored),
    ("organisatrice", Field::Ignored),
    ("langue", Field::Ignored),
    // Spanish
    ("ponente", Field::Speaker),
    ("ponentes", Field::Speaker),
    ("conferenciante", Field::Speaker),
    // "Imparten: A y B", "A cargo de: X": who teaches a workshop or gives a talk
    ("imparte", Field::Speaker),
    ("imparten", Field::Speaker),
    ("a cargo de", Field::Speaker),
    ("título", Field::Title),
    ("charla", Field::Title),
    ("ponencia", Field::Title),
    ("resumen", Field::Abstract),
    ("fecha", Field::When),
    ("hora", Field::When),
    ("lugar", Field::Ignored),
    ("sala", Field::Ignored),
    ("grabación", Field::Ignored),
    ("anfitrión", Field::Ignored),
    ("idioma", Field::Ignored),
    // Italian
    ("relatore", Field::Speaker),
    // Galician: "Relator: Dr. X (Inst)", "Relatora:", "Relatores: A e B (Inst)"; the series'
    // coordinators name nobody
    ("relator", Field::Speaker),
    ("relatora", Field::Speaker),
    ("relatores", Field::Speaker),
    ("relatoras", Field::Speaker),
    ("coordinación do ciclo", Field::Ignored),
    ("relatrice", Field::Speaker),
    ("relatori", Field::Speaker),
    ("oratore", Field::Speaker),
    ("partecipano", Field::Speaker),
    ("intervengono", Field::Speaker),
    ("modera", Field::Ignored),
    ("introduce", Field::Ignored),
    ("titolo", Field::Title),
    ("seminario", Field::Title),
    ("ente", Field::Affiliation),
    ("affiliazione", Field::Affiliation),
    ("istituzione", Field::Affiliation),
    ("sommario", Field::Abstract),
    ("data", Field::When),
    ("ora", Field::When),
    ("aula", Field::Ignored),
    ("luogo", Field::Ignored),
    ("registrazione", Field::Ignored),
    ("lingua", Field::Ignored),
    // Catalan: "Ponents: A i B", "A càrrec de: X", "Hi participen: …", "Títol: T"
    ("ponent", Field::Speaker),
    ("ponents", Field::Speaker),
    ("conferenciant", Field::Speaker),
    ("a càrrec de", Field::Speaker),
    ("hi participen", Field::Speaker),
    ("títol", Field::Title),
    ("resum", Field::Abstract),
    ("lloc", Field::Ignored),
    ("coordinació", Field::Ignored),
    ("presenta", Field::Ignored),
    ("idioma de la conferència", Field::Ignored),
    // Greek: "Ομιλητής: …", "Ομιλήτρια: …", "Τίτλος: …", "Περίληψη: …", "Συντονισμός: …"
    ("ομιλητής", Field::Speaker),
    ("ομιλήτρια", Field::Speaker),
    ("ομιλητές", Field::Speaker),
    ("ομιλητής/ομιλήτρια", Field::Speaker),
    ("ομιλητές/ομιλήτριες", Field::Speaker),
    ("εισηγητής", Field::Speaker),
    ("εισηγήτρια", Field::Speaker),
    ("εισηγητές", Field::Speaker),
    ("συμμετέχουν", Field::Speaker),
    ("τίτλος", Field::Title),
    ("θέμα", Field::Title),
    ("περίληψη", Field::Abstract),
    ("ημερομηνία", Field::When),
    ("ώρα", Field::When),
    ("ίδρυμα", Field::Affiliation),
    ("φορέας", Field::Affiliation),
    ("αίθουσα", Field::Ignored),
    ("τόπος", Field::Ignored),
    ("βίντεο", Field::Ignored),
    ("συντονισμός", Field::Ignored),
    ("συντονιστής", Field::Ignored),
    ("συντονίστρια", Field::Ignored),
    ("διαφάνειες", Field::Ignored),
    // Romanian: "Vorbitor: …", "Vorbitoare: …", "Vorbitori: A și B", "Titlu: T",
    // "Participă: …", "Înregistrare: YouTube (…)"
    ("vorbitor", Field::Speaker),
    ("vorbitoare", Field::Speaker),
    ("vorbitori", Field::Speaker),
    ("vorbitor/vorbitoare", Field::Speaker),
    ("participă", Field::Speaker),
    ("participanți", Field::Speaker),
    ("invitat", Field::Speaker),
    ("invitați", Field::Speaker),
    ("titlu", Field::Title),
    ("titlul", Field::Title),
    ("tema", Field::Title),
    ("rezumat", Field::Abstract),
    ("afiliere", Field::Affiliation),
    ("instituția", Field::Affiliation),
    ("înregistrare", Field::Ignored),
    ("înregistrarea", Field::Ignored),
    ("prezentare", Field::Ignored),
    ("sala", Field::Ignored),
    ("coordonator", Field::Ignored),
    ("coordonatori", Field::Ignored),
    ("coordonatoare", Field::Ignored),
    // Croatian, Serbian and Bosnian (Latin): "Predavač: …", "Predavačica: …", "Predavači: A i
    // B", "Naslov: T", "Sudionici: …", "Moderira: …", "Snimka: YouTube (…)"
    // Slovenian: "Predavatelj(ica)", "Predavatelja: A in B", "Sodelujejo: …", "Posnetek",
    // "Vodi: …", "Organizatorja: …"
    // Persian: "عنوان: «…»", "ارائه‌دهنده: دکتر …", "مدرسان: …", "مجری: …"
    ("عنوان", Field::Title),
    ("موضوع", Field::Title),
    ("ارائه‌دهنده", Field::Speaker),
    ("ارائه‌دهندگان", Field::Speaker),
    ("ارائه دهنده", Field::Speaker),
    ("سخنران", Field::Speaker),
    ("سخنرانان", Field::Speaker),
    ("مدرس", Field::Speaker),
    ("مدرسان", Field::Speaker),
    ("مجری", Field::Ignored),
    // Malay: "Ahli panel: …" (the panel's members)
    ("ahli panel", Field::Speaker),
    // Thai: "หัวข้อ: …" (the topic), "วิทยากร: …" (the speaker), "ผู้ดำเนินรายการ: …" (the
    // moderator)
    ("หัวข้อ", Field::Title),
    ("วิทยากร", Field::Speaker),
    ("ผู้บรรยาย", Field::Speaker),
    ("ผู้ดำเนินรายการ", Field::Ignored),
    // Estonian: "Esineja: …" (the speaker), "Teema: …" (the topic), "Kuupäev", "Salvestus"
    // (the recording), "Korraldajad: …" (the organisers), "Millal"/"Kus" (when, where)
    // Latvian: "Lektors: …", "Lektore: …", "Lektori: …" (the lecturers), "Tēma: …" (the
    // topic), "Moderē: …", "Moderators: …" (the moderator)
    // Basque: "Hizlaria: …", "Hizlariak: …" (the speakers), "Gaia: …" (the topic),
    // "Antolatzaileak: …" (the organisers), "Etiketak: …" (tags), "Moderatzailea: …"
    // Swahili: "Mzungumzaji: …" (the speaker), "Mwasilishaji: …", "Wawasilishaji: …"
    // Afrikaans: "Aanbieder(s): …" (presenters), "Spreker: …", "Paneellede: …" (the panel's
    // members), "Voorsitter: …" (the chair), "Mede-outeurs: …" (co-authors), "Modulehoof: …"
    // Welsh: "Siaradwr: …" (the speaker), "Cyflwynwyr: …" (presenters), "Panelwyr: …"
    // (panellists), "Cadeirydd: …" (the chair), "Trefnwyr: …" (organisers)
    // Georgian: "მომხსენებელი: …" (the speaker), "მომხსენებლები: …" (speakers),
    // "თანაავტორები: …" (co-authors), "მოდერატორი: …", "თავმჯდომარე: …" (the chair),
    // "პანელისტები: …" (panellists)
    ("მომხსენებელი", Field::Speaker),
    ("მომხსენებლები", Field::Speaker),
    ("პანელისტები", Field::Speaker),
    ("მონაწილეები", Field::Speaker),
    ("თანაავტორები", Field::Ignored),
    ("მოდერატორი", Field::Ignored),
    ("თავმჯდომარე", Field::Ignored),
    ("siaradwr", Field::Speaker),
    ("siaradwyr", Field::Speaker),
    ("cyflwynydd", Field::Speaker),
    ("cyflwynwyr", Field::Speaker),
    ("panelwyr", Field::Speaker),
    ("cadeirydd", Field::Ignored),
    ("trefnwyr", Field::Ignored),
    ("trefnydd", Field::Ignored),
    ("aanbieder", Field::Speaker),
    ("aanbieders", Field::Speaker),
    ("gasspreker", Field::Speaker),
    ("paneellede", Field::Speaker),
    ("voorsitter", Field::Ignored),
    ("mede-outeurs", Field::Ignored),
    ("mede-outeur", Field::Ignored),
    ("modulehoof", Field::Ignored),
    ("sperdatum", Field::Ignored),
    // (presenters), "Wanajopo: …" (panellists), "Mada: …" (the topic), "Mwongozaji: …"
    // (the moderator), "Mratibu: …" (the coordinator), "Waandishi wenza: …" (co-authors)
    ("mzungumzaji", Field::Speaker),
    ("wazungumzaji", Field::Speaker),
    ("mwasilishaji", Field::Speaker),
    ("wawasilishaji", Field::Speaker),
    ("mwezeshaji", Field::Speaker),
    ("wawezeshaji", Field::Speaker),
    ("wanajopo", Field::Speaker),
    ("mada", Field::Title),
    ("mwongozaji", Field::Ignored),
    ("mratibu", Field::Ignored),
    ("mratibu wa mihadhara", Field::Ignored),
    ("waandishi wenza", Field::Ignored),
    ("mwandishi mwenza", Field::Ignored),
    ("hizlaria", Field::Speaker),
    ("hizlariak", Field::Speaker),
    ("parte-hartzaileak", Field::Speaker),
    ("gaia", Field::Title),
    ("antolatzaileak", Field::Ignored),
    ("antolatzailea", Field::Ignored),
    ("etiketak", Field::Ignored),
    ("moderatzailea", Field::Ignored),
    ("lektors", Field::Speaker),
    ("lektore", Field::Speaker),
    ("lektori", Field::Speaker),
    ("lektores", Field::Speaker),
    ("runātājs", Field::Speaker),
    ("runātāja", Field::Speaker),
    ("runātāji", Field::Speaker),
    ("tēma", Field::Title),
    ("moderē", Field::Ignored),
    ("moderatore", Field::Ignored),
    ("esineja", Field::Speaker),
    ("esinejad", Field::Speaker),
    ("ettekandja", Field::Speaker),
    ("ettekandjad", Field::Speaker),
    ("teema", Field::Title),
    ("pealkiri", Field::Title),
    ("ettekande pealkiri", Field::Title),
    ("kuupäev", Field::When),
    ("millal", Field::When),
    ("kus", Field::Ignored),
    ("salvestus", Field::Ignored),
    ("korraldajad", Field::Ignored),
    ("korraldaja", Field::Ignored),
    ("modereerib", Field::Ignored),
    ("juhatab", Field::Ignored),
    // Arabic: "المتحدث: د. …" (the speaker; "المتحدثة" a woman, "المتحدثان" two),
    // "المشاركون: …" (a panel's members), "أدار الحوار: …" (moderated), "منسّق المقرر: …"
    // (the course's coordinator), "ملاحظة: …" (a note), "رابط التسجيل" (the recording's link)
    ("المتحدث", Field::Speaker),
    ("المتحدثة", Field::Speaker),
    ("المتحدثان", Field::Speaker),
    ("المتحدثتان", Field::Speaker),
    ("المتحدثون", Field::Speaker),
    ("المحاضر", Field::Speaker),
    ("المشاركون", Field::Speaker),
    ("المشاركات", Field::Speaker),
    ("العنوان", Field::Title),
    ("عنوان المحاضرة", Field::Title),
    ("أدار الحوار", Field::Ignored),
    ("أدارت الحوار", Field::Ignored),
    ("مدير الجلسة", Field::Ignored),
    ("منسّق المقرر", Field::Ignored),
    ("منسق المقرر", Field::Ignored),
    ("ملاحظة", Field::Ignored),
    ("رابط التسجيل", Field::Ignored),
    ("التسجيل", Field::Ignored),
    ("دبیر سمینار", Field::Ignored),
    ("دبیر", Field::Ignored),
    // Hebrew: "מרצה: …", "מרצים: …", "משתתפים: …", "מנחה: …"
    ("מרצה", Field::Speaker),
    ("מרצים", Field::Speaker),
    ("מרצות", Field::Speaker),
    ("משתתפים", Field::Speaker),
    ("משתתפות", Field::Speaker),
    ("מנחה", Field::Ignored),
    ("מנחים", Field::Ignored),
    ("מנחת", Field::Ignored),
    ("רכזת ההרצאות", Field::Ignored),
    ("רכז ההרצאות", Field::Ignored),
    // Lithuanian: "Pranešėjas: …", "Pranešėjai: A ir B", "Lektorė: …", "Tema: „…“",
    // "Moderavo: …", "Įrašas: …"
    ("pranešėjas", Field::Speaker),
    ("pranešėja", Field::Speaker),
    ("pranešėjai", Field::Speaker),
    ("pranešėjos", Field::Speaker),
    ("lektorius", Field::Speaker),
    ("lektorė", Field::Speaker),
    ("lektoriai", Field::Speaker),
    ("svečias", Field::Speaker),
    ("viešnia", Field::Speaker),
    ("moderavo", Field::Ignored),
    ("moderatorius", Field::Ignored),
    ("moderatorė", Field::Ignored),
    ("įrašas", Field::Title),
    ("pavadinimas", Field::Title),
    ("santrauka", Field::Abstract),
    ("predavatelj", Field::Speaker),
    ("predavateljica", Field::Speaker),
    ("predavatelj(ica)", Field::Speaker),
    ("predavatelja", Field::Speaker),
    ("predavatelji", Field::Speaker),
    ("predavateljice", Field::Speaker),
    ("sodelujejo", Field::Speaker),
    ("posnetek", Field::Ignored),
    ("vodi", Field::Ignored),
    ("organizator", Field::Ignored),
    ("organizatorja", Field::Ignored),
    ("organizatorji", Field::Ignored),
    ("predavač", Field::Speaker),
    ("predavačica", Field::Speaker),
    ("predavači", Field::Speaker),
    ("predavačice", Field::Speaker),
    ("predavač/ica", Field::Speaker),
    ("govornik", Field::Speaker),
    ("govornica", Field::Speaker),
    ("govornici", Field::Speaker),
    ("sudionici", Field::Speaker),
    ("sudionice", Field::Speaker),
    ("učesnici", Field::Speaker),
    ("gost", Field::Speaker),
    ("gošća", Field::Speaker),
    ("gosti", Field::Speaker),
    ("naslov", Field::Title),
    ("naslov predavanja", Field::Title),
    ("sažetak", Field::Abstract),
    ("ustanova", Field::Affiliation),
    ("snimka", Field::Ignored),
    ("snimak", Field::Ignored),
    ("snimka predavanja", Field::Ignored),
    ("prezentacija", Field::Ignored),
    ("dvorana", Field::Ignored),
    ("mjesto", Field::Ignored),
    ("moderira", Field::Ignored),
    ("moderatorica", Field::Ignored),
    ("moderiraju", Field::Ignored),
    ("voditelj", Field::Ignored),
    ("voditeljica", Field::Ignored),
    ("voditelji", Field::Ignored),
    ("voditelj seminara", Field::Ignored),
    ("voditeljica seminara", Field::Ignored),
    ("organizator", Field::Ignored),
    ("organizatorica", Field::Ignored),
    ("organizatori", Field::Ignored),
    ("datum", Field::When),
    ("vrijeme", Field::When),
    // Indonesian and Malay: "Judul: T", "Narasumber: …", "Pembicara: …", "Rekaman: …",
    // "Pembawa acara: …" (the host)
    ("judul", Field::Title),
    ("tajuk", Field::Title),
    ("narasumber", Field::Speaker),
    ("pembicara", Field::Speaker),
    ("penceramah", Field::Speaker),
    ("pemateri", Field::Speaker),
    ("abstrak", Field::Abstract),
    ("ringkasan", Field::Abstract),
    ("rekaman", Field::Ignored),
    ("rekaman lengkap", Field::Ignored),
    ("tempat", Field::Ignored),
    ("waktu", Field::When),
    ("tanggal", Field::When),
    ("hari", Field::When),
    ("pembawa acara", Field::Ignored),
    ("koordinator", Field::Ignored),
    // Malay: "Tarikh: …", "Masa: …", "Pengerusi: …" (the chair), "Fasilitator: …",
    // "Pembentang: …", "Ahli panel: …", "Rakaman: …"
    ("tarikh", Field::When),
    ("masa", Field::When),
    ("pengerusi", Field::Ignored),
    ("fasilitator", Field::Speaker),
    ("pembentang", Field::Speaker),
    ("ahli panel", Field::Speaker),
    ("rakaman", Field::Ignored),
    ("materi", Field::Ignored),
    ("tag", Field::Ignored),
    // Danish: "Oplægsholdere: …", "Forelæser: …", "Ordstyrer: …"
    ("oplægsholder", Field::Speaker),
    ("oplægsholdere", Field::Speaker),
    ("forelæser", Field::Speaker),
    ("foredragsholder", Field::Speaker),
    ("ordstyrer", Field::Ignored),
    ("arrangører", Field::Ignored),
    // Portuguese
    ("palestrante", Field::Speaker),
    ("palestrantes", Field::Speaker),
    ("ministrante", Field::Speaker),
    ("ministrantes", Field::Speaker),
    ("conferencista", Field::Speaker),
    // (Spanish too)
    ("participantes", Field::Speaker),
    ("debatedores", Field::Speaker),
    ("convidado", Field::Speaker),
    ("convidada", Field::Speaker),
    ("convidados", Field::Speaker),
    ("apresentação", Field::Ignored),
    ("moderação", Field::Ignored),
    ("coordenação", Field::Ignored),
    ("organizadores", Field::Ignored),
    ("resumo", Field::Abstract),
    ("afiliação", Field::Affiliation),
    ("instituição", Field::Affiliation),
    ("mediação", Field::Ignored),
    ("mediador", Field::Ignored),
    ("mediadora", Field::Ignored),
    ("organização", Field::Ignored),
    ("local", Field::Ignored),
    ("horário", Field::When),
    ("vídeo", Field::Ignored),
    ("gravação", Field::Ignored),
    ("transmissão", Field::Ignored),
    // Dutch
    ("spreker", Field::Speaker),
    ("sprekers", Field::Speaker),
    ("spreekster", Field::Speaker),
    ("inleider", Field::Speaker),
    ("met", Field::Speaker),
    ("onderwerp", Field::Title),
    ("samenvatting", Field::Abstract),
    ("tijd", Field::When),
    ("locatie", Field::Ignored),
    ("zaal", Field::Ignored),
    ("gespreksleider", Field::Ignored),
    ("gespreksleiding", Field::Ignored),
    ("moderator", Field::Ignored),
    ("introductie", Field::Ignored),
    ("organisatie", Field::Ignored),
    ("opname", Field::Ignored),
    // Polish
    ("prelegent", Field::Speaker),
    ("prelegentka", Field::Speaker),
    ("prelegenci", Field::Speaker),
    ("wykładowca", Field::Speaker),
    ("tytuł", Field::Title),
    ("temat", Field::Title),
    ("streszczenie", Field::Abstract),
    ("godzina", Field::When),
    ("miejsce", Field::Ignored),
    ("sala", Field::Ignored),
    ("prowadzący", Field::Ignored),
    ("prowadząca", Field::Ignored),
    ("nagranie", Field::Ignored),
    // Bulgarian: "Докладчици: …", "Лектори: …", "Участници: …", "Гост-лектор: …", "Записано
    // от: …" (who recorded the meeting)
    ("докладчици", Field::Speaker),
    ("лектори", Field::Speaker),
    ("участници", Field::Speaker),
    ("гост-лектор", Field::Speaker),
    ("записано от", Field::Ignored),
    ("ръководители на семинара", Field::Ignored),
    ("ръководител на семинара", Field::Ignored),
    // Icelandic: "Fyrirlesari: …", a table's "Dags. / Fyrirlesari / Heiti erindis / Upptaka",
    // "Stjórnandi: …" (the moderator), "Umsjón: …" (who runs the seminar)
    ("fyrirlesari", Field::Speaker),
    ("fyrirlesarar", Field::Speaker),
    ("heiti erindis", Field::Title),
    ("erindi", Field::Title),
    ("dags.", Field::When),
    ("dagsetning", Field::When),
    ("upptaka", Field::Ignored),
    ("stjórnandi", Field::Ignored),
    ("umsjón", Field::Ignored),
    // Serbian: "Предавач: …", "Тема: …", "Датум", "Снимак" (the recording), a table's
    // header "Датум / Предавач / Тема / Снимак"
    ("предавач", Field::Speaker),
    ("предавачи", Field::Speaker),
    ("датум", Field::When),
    ("снимак", Field::Ignored),
    ("организатори семинара", Field::Ignored),
    ("модерира", Field::Ignored),
    // Russian
    ("докладчик", Field::Speaker),
    ("докладчица", Field::Speaker),
    ("докладчики", Field::Speaker),
    ("лектор", Field::Speaker),
    ("лекторы", Field::Speaker),
    ("выступающий", Field::Speaker),
    ("тема", Field::Title),
    ("тема доклада", Field::Title),
    ("название", Field::Title),
    ("доклад", Field::Title),
    ("аннотация", Field::Abstract),
    ("аннотация курса", Field::Abstract),
    ("аннотация доклада", Field::Abstract),
    ("резюме", Field::Abstract),
    ("дата", Field::When),
    ("время", Field::When),
    ("место", Field::Ignored),
    ("видео", Field::Ignored),
    ("видеозапись", Field::Ignored),
    ("презентация", Field::Ignored),
    ("слайды", Field::Ignored),
    ("руководитель", Field::Ignored),
    ("руководители", Field::Ignored),
    ("руководитель семинара", Field::Ignored),
    ("руководители семинара", Field::Ignored),
    ("секретарь", Field::Ignored),
    ("секретарь семинара", Field::Ignored),
    ("председатель", Field::Ignored),
    ("ведущий", Field::Ignored),
    ("модератор", Field::Ignored),
    ("организаторы", Field::Ignored),
    // Vietnamese: "Báo cáo viên: …", "Diễn giả: …", "Khách mời: …", "Tên báo cáo: T",
    // "Điều phối: …" (the moderator), "Người phụ trách: …"
    ("báo cáo viên", Field::Speaker),
    ("diễn giả", Field::Speaker),
    ("người trình bày", Field::Speaker),
    ("người báo cáo", Field::Speaker),
    ("khách mời", Field::Speaker),
    ("tên báo cáo", Field::Title),
    ("tiêu đề", Field::Title),
    ("chủ đề", Field::Title),
    ("đề tài", Field::Title),
    ("tóm tắt", Field::Abstract),
    ("đơn vị", Field::Affiliation),
    ("thời gian", Field::When),
    ("địa điểm", Field::Ignored),
    ("điều phối", Field::Ignored),
    ("người điều phối", Field::Ignored),
    ("người phụ trách", Field::Ignored),
    ("chủ trì", Field::Ignored),
    ("dẫn chương trình", Field::Ignored),
    ("tài liệu", Field::Ignored),
    // Ukrainian: "Доповідач: …", "Доповідачка: …", "Доповідачі: A та B", "Тема: «T»",
    // "Учасники: …", "Запис: YouTube (…)", "Керівник семінару: …"
    ("доповідач", Field::Speaker),
    ("доповідачка", Field::Speaker),
    ("доповідачі", Field::Speaker),
    ("лекторка", Field::Speaker),
    ("учасники", Field::Speaker),
    ("учасниці", Field::Speaker),
    ("спікер", Field::Speaker),
    ("спікерка", Field::Speaker),
    ("спікери", Field::Speaker),
    ("назва", Field::Title),
    ("тема доповіді", Field::Title),
    ("анотація", Field::Abstract),
    ("запис", Field::Ignored),
    ("відеозапис", Field::Ignored),
    ("відео", Field::Ignored),
    ("слайди", Field::Ignored),
    ("презентація", Field::Ignored),
    ("код", Field::Ignored),
    ("місце", Field::Ignored),
    ("аудиторія", Field::Ignored),
    ("час", Field::When),
    ("керівник", Field::Ignored),
    ("керівниця", Field::Ignored),
    ("керівники", Field::Ignored),
    ("керівник семінару", Field::Ignored),
    ("керівниця семінару", Field::Ignored),
    ("керівники семінару", Field::Ignored),
    ("секретар", Field::Ignored),
    ("секретар семінару", Field::Ignored),
    ("модераторка", Field::Ignored),
    ("ведучий", Field::Ignored),
    ("ведуча", Field::Ignored),
    ("організатори", Field::Ignored),
    // Chinese (simplified and traditional): seminar notices (学术报告), written with a
    // full-width colon
    ("报告题目", Field::Title),
    ("報告題目", Field::Title),
    ("讲座题目", Field::Title),
    ("講座題目", Field::Title),
    ("题目", Field::Title),
    ("題目", Field::Title),
    ("报告主题", Field::Title),
    ("讲座主题", Field::Title),
    ("主题", Field::Title),
    ("报告人", Field::Speaker),
    ("報告人", Field::Speaker),
    ("主讲人", Field::Speaker),
    ("主講人", Field::Speaker),
    ("讲者", Field::Speaker),
    ("講者", Field::Speaker),
    ("演讲者", Field::Speaker),
    ("主讲嘉宾", Field::Speaker),
    ("单位", Field::Affiliation),
    ("單位", Field::Affiliation),
    ("工作单位", Field::Affiliation),
    ("报告人单位", Field::Affiliation),
    ("所在单位", Field::Affiliation),
    ("机构", Field::Affiliation),
    ("摘要", Field::Abstract),
    ("报告摘要", Field::Abstract),
    ("報告摘要", Field::Abstract),
    ("内容摘要", Field::Abstract),
    ("报告简介", Field::Abstract),
    ("内容简介", Field::Abstract),
    ("报告人简介", Field::Bio),
    ("報告人簡介", Field::Bio),
    ("主讲人简介", Field::Bio),
    ("个人简介", Field::Bio),
    ("讲者简介", Field::Bio),
    ("时间", Field::When),
    ("時間", Field::When),
    ("报告时间", Field::When),
    ("報告時間", Field::When),
    ("讲座时间", Field::When),
    ("日期", Field::When),
    ("地点", Field::Ignored),
    ("地點", Field::Ignored),
    ("报告地点", Field::Ignored),
    ("報告地點", Field::Ignored),
    ("讲座地点", Field::Ignored),
    ("主持人", Field::Ignored),
    ("邀请人", Field::Ignored),
    ("联系人", Field::Ignored),
    ("腾讯会议", Field::Ignored),
    // Japanese: seminar and workshop programmes
    ("講演者", Field::Speaker),
    ("発表者", Field::Speaker),
    ("講師", Field::Speaker),
    ("登壇者", Field::Speaker),
    ("講演題目", Field::Title),
    ("演題", Field::Title),
    ("タイトル", Field::Title),
    ("所属", Field::Affiliation),
    ("概要", Field::Abstract),
    ("要旨", Field::Abstract),
    ("講演概要", Field::Abstract),
    ("アブストラクト", Field::Abstract),
    ("日時", Field::When),
    ("日付", Field::When),
    ("場所", Field::Ignored),
    ("会場", Field::Ignored),
    ("司会", Field::Ignored),
    ("座長", Field::Ignored),
    // Korean: a department board's announcements ("■ 연사: …")
    ("연사", Field::Speaker),
    ("강연자", Field::Speaker),
    ("발표자", Field::Speaker),
    ("강사", Field::Speaker),
    ("제목", Field::Title),
    ("주제", Field::Title),
    ("초록", Field::Abstract),
    ("요약", Field::Abstract),
    ("소속", Field::Affiliation),
    ("일시", Field::When),
    ("일자", Field::When),
    ("장소", Field::Ignored),
    ("사회", Field::Ignored),
    ("좌장", Field::Ignored),
    ("문의", Field::Ignored),
    ("주최", Field::Ignored),
    ("작성자", Field::Ignored),
    // Swedish, Norwegian and Danish
    ("föreläsare", Field::Speaker),
    ("föredragshållare", Field::Speaker),
    ("talare", Field::Speaker),
    ("medverkande", Field::Speaker),
    ("foredragsholder", Field::Speaker),
    ("foreleser", Field::Speaker),
    ("forelæser", Field::Speaker),
    ("oplægsholder", Field::Speaker),
    ("innleder", Field::Speaker),
    ("föredrag", Field::Title),
    ("foredrag", Field::Title),
    ("tittel", Field::Title),
    ("sammanfattning", Field::Abstract),
    ("sammendrag", Field::Abstract),
    ("resumé", Field::Abstract),
    ("tid", Field::When),
    ("tidpunkt", Field::When),
    ("dato", Field::When),
    ("plats", Field::Ignored),
    ("lokal", Field::Ignored),
    ("sted", Field::Ignored),
    ("inspelning", Field::Ignored),
    ("opptak", Field::Ignored),
    ("optagelse", Field::Ignored),
    ("värd", Field::Ignored),
    ("vert", Field::Ignored),
    ("arrangör", Field::Ignored),
    ("arrangør", Field::Ignored),
    ("seminarieansvarig", Field::Ignored),
    ("ordförande", Field::Ignored),
    ("ordstyrer", Field::Ignored),
    ("språk", Field::Ignored),
    // Czech and Slovak
    ("přednášející", Field::Speaker),
    ("prednášajúci", Field::Speaker),
    ("řečník", Field::Speaker),
    ("řečníci", Field::Speaker),
    ("diskutují", Field::Speaker),
    ("diskutujú", Field::Speaker),
    ("název", Field::Title),
    ("název přednášky", Field::Title),
    ("názov", Field::Title),
    ("názov prednášky", Field::Title),
    ("přednáška", Field::Title),
    ("prednáška", Field::Title),
    ("téma", Field::Title),
    ("anotace", Field::Abstract),
    ("anotácia", Field::Abstract),
    ("čas", Field::When),
    ("termín", Field::When),
    ("místo", Field::Ignored),
    ("miesto", Field::Ignored),
    ("místnost", Field::Ignored),
    ("záznam", Field::Ignored),
    ("moderuje", Field::Ignored),
    ("moderátor", Field::Ignored),
    ("moderátorka", Field::Ignored),
    ("organizátoři", Field::Ignored),
    ("organizátor", Field::Ignored),
    ("organizátori", Field::Ignored),
    ("jazyk", Field::Ignored),
    // Finnish
    ("esitelmöitsijä", Field::Speaker),
    ("esitelmöitsijät", Field::Speaker),
    ("puhuja", Field::Speaker),
    ("puhujat", Field::Speaker),
    ("luennoitsija", Field::Speaker),
    ("luennoitsijat", Field::Speaker),
    ("esiintyjä", Field::Speaker),
    ("esiintyjät", Field::Speaker),
    ("keskustelijat", Field::Speaker),
    ("panelistit", Field::Speaker),
    ("vetäjä", Field::Speaker),
    ("vetäjät", Field::Speaker),
    ("aihe", Field::Title),
    ("otsikko", Field::Title),
    ("esitelmä", Field::Title),
    ("luento", Field::Title),
    ("tiivistelmä", Field::Abstract),
    ("aika", Field::When),
    ("päivämäärä", Field::When),
    ("ajankohta", Field::When),
    ("paikka", Field::Ignored),
    ("tallenne", Field::Ignored),
    ("puheenjohtaja", Field::Ignored),
    ("juontaja", Field::Ignored),
    ("järjestäjä", Field::Ignored),
    ("järjestäjät", Field::Ignored),
    ("kieli", Field::Ignored),
    // Hungarian
    ("előadó", Field::Speaker),
    ("előadók", Field::Speaker),
    ("résztvevők", Field::Speaker),
    ("vendégelőadó", Field::Speaker),
    ("cím", Field::Title),
    ("az előadás címe", Field::Title),
    ("összefoglaló", Field::Abstract),
    ("absztrakt", Field::Abstract),
    ("kivonat", Field::Abstract),
    ("időpont", Field::When),
    ("dátum", Field::When),
    ("helyszín", Field::Ignored),
    ("videó", Field::Ignored),
    ("felvétel", Field::Ignored),
    ("moderátor", Field::Ignored),
    ("házigazda", Field::Ignored),
    ("szervező", Field::Ignored),
    ("szervezők", Field::Ignored),
    ("nyelv", Field::Ignored),
    // Turkish
    ("konuşmacı", Field::Speaker),
    ("konuşmacılar", Field::Speaker),
    ("panelistler", Field::Speaker),
    ("sunan", Field::Speaker),
    ("eğitmen", Field::Speaker),
    ("başlık", Field::Title),
    ("konu", Field::Title),
    ("sunum", Field::Title),
    ("özet", Field::Abstract),
    ("kurum", Field::Affiliation),
    ("unvan", Field::Role),
    ("tarih", Field::When),
    ("saat", Field::When),
    ("yer", Field::Ignored),
    ("kayıt", Field::Ignored),
    ("moderatör", Field::Ignored),
    ("oturum başkanı", Field::Ignored),
    ("oturum başkanı / moderatör", Field::Ignored),
    ("dil", Field::Ignored),
];

/// Titles that Chinese and Japanese write after a name ("陈晓东 教授", "佐藤健一准教授",
/// "田中さん"): no part of the name.
pub(crate) const CJK_TITLES: &[&str] = &[
    "教授",
    "副教授",
    "助理教授",
    "讲席教授",
    "特聘教授",
    "研究员",
    "研究員",
    "副研究员",
    "助理研究员",
    "博士",
    "博士后",
    "讲师",
    "講師",
    "院士",
    "老师",
    "先生",
    "女士",
    "准教授",
    "助教",
    "特任教授",
    "名誉教授",
    "氏",
    "様",
    "さん",
    // Korean, written after the name with a space: "김서연 교수", "이도윤 박사"
    "교수",
    "교수님",
    "부교수",
    "조교수",
    "명예교수",
    "박사",
    "박사님",
    "연구원",
    "선임연구원",
    "책임연구원",
    "선생님",
    "님",
];

/// `word` without a title from [`CJK_TITLES`] written onto it, when what is left is a name of
/// two to four Han characters.
pub(crate) fn strip_cjk_title(word: &str) -> &str {
    // every title ends with a Han or kana character: most words are refused by their last byte
    if word.as_bytes().last().is_none_or(|b| b.is_ascii()) {
        return word;
    }
    let han = |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c);
    for title in CJK_TITLES {
        if let Some(name) = word.strip_suffix(title) {
            let n = name.chars().count();
            if (2..=4).contains(&n) && name.chars().all(han) {
                return name;
            }
        }
    }
    word
}

/// A name given in a speaker field without its titles: "陈晓东 教授" → "陈晓东", "佐藤健一准教授"
/// → "佐藤健一"; other text as it is.
pub(crate) fn without_cjk_titles(value: &str) -> &str {
    let mut name = value.trim();
    while let Some((head, last)) = name.rsplit_once(char::is_whitespace) {
        if !CJK_TITLES.contains(&last) {
            break;
        }
        name = head.trim_end();
    }
    strip_cjk_title(name)
}

/// Full-width punctuation of CJK text as the ASCII that the readers split at: `（…）` → ` (…)`,
/// `，` and `、` → `, `, `；` → `; `, `：` → `: `. Other text is returned as it is.
pub(crate) fn halfwidth(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() || !s.contains(['（', '）', '，', '、', '；', '：']) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '（' => {
                if !out.ends_with([' ', '(']) && !out.is_empty() {
                    out.push(' ');
                }
                out.push('(');
            }
            '）' => out.push(')'),
            '，' | '、' => out.push_str(", "),
            '；' => out.push_str("; "),
            '：' => out.push_str(": "),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether `c` is a Han character or kana.
pub(crate) fn is_han_or_kana(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
        || ('\u{3400}'..='\u{4DBF}').contains(&c)
        || ('\u{3040}'..='\u{30FF}').contains(&c)
}

/// Whether `c` is a Hangul syllable (a Korean name is two to four of them: "김서연").
pub(crate) fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// Units that Chinese and Japanese write after the name of their university: "清华大学物理系"
/// (Department of Physics, Tsinghua University), "北京大学数学科学学院".
const CJK_UNITS: &[&str] = &[
    "系",
    "学院",
    "學院",
    "研究科",
    "研究所",
    "研究院",
    "实验室",
    "實驗室",
    "中心",
    "学部",
    "學部",
];

/// A university written with one of its units after it, as (university, unit): "清华大学物理系"
/// → ("清华大学", "物理系"). `None` for any other text.
pub(crate) fn cjk_university_unit(name: &str) -> Option<(&str, &str)> {
    let at = name.find("大学").or_else(|| name.find("大學"))? + "大学".len();
    let (university, unit) = name.split_at(at);
    (!unit.is_empty()
        && unit.chars().all(is_han_or_kana)
        && CJK_UNITS.iter().any(|u| unit.ends_with(u)))
    .then_some((university, unit))
}

/// Words of programme items that are no talks, in Chinese and Japanese: opening and closing
/// remarks, breaks, lunch, the reception.
pub(crate) const CJK_HOUSEKEEPING: &[&str] = &[
    "挨拶",
    "致辞",
    "开幕",
    "閉幕",
    "闭幕",
    "開会",
    "閉会",
    "休憩",
    "茶歇",
    "昼休み",
    "午餐",
    "懇親会",
    "晚宴",
    "合影",
];

/// Titles that say no talk has been given a title or speaker yet: "待定" (Chinese), "未定"
/// and "調整中" (Japanese).
pub(crate) const CJK_PENDING: &[&str] = &[
    "待定",
    "未定",
    "调整中",
    "調整中",
    "另行通知",
    // Arabic: "to be announced later"
    "يُعلن لاحقًا",
    "يعلن لاحقا",
    "سيُعلن لاحقًا",
    "سيعلن لاحقا",
];

/// The field a label names, `label` lowercased.
pub(crate) fn field(label: &str) -> Option<Field> {
    // (looked up by hashing: the table holds some five hundred labels, and every line with a
    // colon near its start asks)
    static BY_LABEL: std::sync::LazyLock<std::collections::HashMap<&'static str, Field>> =
        std::sync::LazyLock::new(|| {
            let mut map = std::collections::HashMap::with_capacity(FIELDS.len());
            for (k, f) in FIELDS {
                // (the first entry of a label wins, as the linear search did)
                map.entry(*k).or_insert(*f);
            }
            map
        });
    let known = |l: &str| BY_LABEL.get(l).copied();
    known(label).or_else(|| {
        // both forms of a word, as a column or a label writes them: "Relatore/Relatrice"
        let (a, b) = label.split_once('/')?;
        let a = known(a.trim())?;
        (known(b.trim()) == Some(a)).then_some(a)
    })
}

/// Month and weekday names, full and abbreviated as pages write them.
pub(crate) const CALENDAR_WORDS: &[&str] = &[
    // Maltese months and weekdays: "L-Erbgħa, 7 ta' Mejju 2025, 6.00 pm"
    "jannar",
    "frar",
    "marzu",
    "mejju",
    "ġunju",
    "lulju",
    "awwissu",
    "settembru",
    "ottubru",
    "novembru",
    "diċembru",
    "it-tnejn",
    "it-tlieta",
    "l-erbgħa",
    "il-ħamis",
    "il-ġimgħa",
    "is-sibt",
    "il-ħadd",
    // Tagalog months and weekdays: "Huwebes, 22 Mayo 2025"
    "enero",
    "pebrero",
    "marso",
    "abril",
    "mayo",
    "hunyo",
    "hulyo",
    "agosto",
    "setyembre",
    "oktubre",
    "nobyembre",
    "disyembre",
    "lunes",
    "martes",
    "miyerkules",
    "huwebes",
    "biyernes",
    "sabado",
    "linggo",
    // Albanian months and weekdays: "E mërkurë, 21 maj 2025", "e enjte, 5 qershor 2025"
    "janar",
    "shkurt",
    "mars",
    "prill",
    "maj",
    "qershor",
    "korrik",
    "gusht",
    "shtator",
    "tetor",
    "nëntor",
    "dhjetor",
    "hënë",
    "martë",
    "mërkurë",
    "enjte",
    "premte",
    "shtunë",
    // Galician months: "2 de outubro de 2024", "26 de febreiro de 2025"
    "xaneiro",
    "febreiro",
    "maio",
    "xuño",
    "xullo",
    "setembro",
    "outubro",
    "novembro",
    "decembro",
    // Hebrew months, alone and as dates write them ("3 ביוני 2025")
    "ינואר",
    "בינואר",
    "פברואר",
    "בפברואר",
    "מרץ",
    "במרץ",
    "מרס",
    "במרס",
    "אפריל",
    "באפריל",
    "מאי",
    "במאי",
    "יוני",
    "ביוני",
    "יולי",
    "ביולי",
    "אוגוסט",
    "באוגוסט",
    "ספטמבר",
    "בספטמבר",
    "אוקטובר",
    "באוקטובר",
    "נובמבר",
    "בנובמבר",
    "דצמבר",
    "בדצמבר",
    // Hebrew weekdays as a listing abbreviates them ("יום ג'")
    "יום",
    "א'",
    "ב'",
    "ג'",
    "ד'",
    "ה'",
    "ו'",
    "ש'",
    // Lithuanian months, as dates write them ("gegužės 13 d.") and as a stream abbreviates
    // them ("geg. 14", "bal. 30")
    "sausio",
    "vasario",
    "kovo",
    "balandžio",
    "gegužės",
    "birželio",
    "liepos",
    "rugpjūčio",
    "rugsėjo",
    "spalio",
    "lapkričio",
    "gruodžio",
    "saus",
    "vas",
    "kov",
    "bal",
    "geg",
    "birž",
    "liep",
    "rugp",
    "rugs",
    "spal",
    "lapkr",
    "gruod",
    // German
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "mo",
    "di",
    "mi",
    "do",
    "fr",
    "januar",
    "jänner",
    "februar",
    "märz",
    "mai",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "okt",
    "dez",
    "mär", // French
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "janvier",
    "février",
    "fevrier",
    "avril",
    "juin",
    "juillet",
    "août",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "decembre",
    "janv",
    "févr",
    "avr",
    "juil",
    "déc", // Spanish
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre", // Italian
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    // Dutch
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "ma",
    "wo",
    "vr",
    "za",
    "zo",
    "januari",
    "februari",
    "maart",
    "mei",
    "augustus",
    // Polish (the genitive, as dates write it)
    // Afrikaans: "11 Februarie 2025", "Dinsdag"
    // Georgian months: "14 მაისი, 2025"
    "იანვარი",
    "თებერვალი",
    "მარტი",
    "აპრილი",
    "მაისი",
    "ივნისი",
    "ივლისი",
    "აგვისტო",
    "სექტემბერი",
    "ოქტომბერი",
    "ნოემბერი",
    "დეკემბერი",
    "januarie",
    "februarie",
    "junie",
    "julie",
    "desember",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrydag",
    "saterdag",
    "sondag",
    "poniedziałek",
    "wtorek",
    "środa",
    "czwartek",
    "piątek",
    "sobota",
    "niedziela",
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
    "понедельник",
    "вторник",
    "среда",
    "среду",
    "четверг",
    "пятница",
    "пятницу",
    "суббота",
    "субботу",
    "воскресенье",
    // Finnish
    "tammikuuta",
    "helmikuuta",
    "maaliskuuta",
    "huhtikuuta",
    "toukokuuta",
    "kesäkuuta",
    "heinäkuuta",
    "elokuuta",
    "syyskuuta",
    "lokakuuta",
    "marraskuuta",
    "joulukuuta",
    "maanantai",
    "tiistai",
    "keskiviikko",
    "torstai",
    "perjantai",
    // Hungarian
    "január",
    "február",
    "március",
    "április",
    "május",
    "június",
    "július",
    "augusztus",
    "szeptember",
    "október",
    "hétfő",
    "kedd",
    "szerda",
    "csütörtök",
    "péntek",
    // Turkish
    "ocak",
    "şubat",
    "mart",
    "nisan",
    "mayıs",
    "haziran",
    "temmuz",
    "ağustos",
    "eylül",
    "ekim",
    "kasım",
    // Vietnamese: "Buổi 9 – Thứ Năm, 15/5/2025, 14h00", "12 tháng 11"
    "thứ",
    "hai",
    "ba",
    "tư",
    "năm",
    "sáu",
    "bảy",
    "chủ",
    "nhật",
    "tháng",
    "buổi",
    "ngày",
    // Ukrainian: "27 листопада 2025 р., 16:00", "у вівторок", "Засідання 27 листопада …"
    "засідання",
    "заседание",
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
    "січень",
    "лютий",
    "березень",
    "квітень",
    "травень",
    "червень",
    "липень",
    "серпень",
    "вересень",
    "жовтень",
    "листопад",
    "грудень",
    "понеділок",
    "вівторок",
    "середа",
    "середу",
    "четвер",
    "пʼятниця",
    "п'ятниця",
    "пʼятницю",
    "п'ятницю",
    "субота",
    "суботу",
    "неділя",
    // Croatian, Serbian and Bosnian: "Četvrtak, 6. ožujka 2025., 16 h" (the months' genitive
    // and nominative, the Croatian and the international names)
    "siječnja",
    "veljače",
    "ožujka",
    "travnja",
    "svibnja",
    "lipnja",
    "srpnja",
    "kolovoza",
    "rujna",
    "listopada",
    "studenoga",
    "studenog",
    "prosinca",
    "siječanj",
    "veljača",
    "ožujak",
    "travanj",
    "svibanj",
    "lipanj",
    "srpanj",
    "kolovoz",
    "rujan",
    "listopad",
    "studeni",
    "prosinac",
    "januara",
    "februara",
    "marta",
    "aprila",
    "maja",
    "juna",
    "jula",
    "avgusta",
    "augusta",
    "septembra",
    "oktobra",
    "novembra",
    "decembra",
    "ponedjeljak",
    "ponedeljak",
    "utorak",
    "srijeda",
    "srijedu",
    "sreda",
    "sredu",
    "četvrtak",
    "petak",
    "subota",
    "nedjelja",
    "nedelja",
    // Romanian: "Joi, 22 mai 2025, ora 16:00"
    "ianuarie",
    "februarie",
    "martie",
    "aprilie",
    "iunie",
    "iulie",
    "septembrie",
    "octombrie",
    "noiembrie",
    "decembrie",
    "luni",
    "marți",
    "miercuri",
    "joi",
    "vineri",
    "sâmbătă",
    "duminică",
    // Indonesian: "Kamis, 5 Juni 2025, 13.00–15.00 WIB"
    "januari",
    "februari",
    "maret",
    "mei",
    "agustus",
    "oktober",
    "desember",
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "sabtu",
    "minggu",
    // Catalan, Danish, Greek
    "gener",
    "febrer",
    "març",
    "maig",
    "juny",
    "juliol",
    "setembre",
    "desembre",
    "dilluns",
    "dimarts",
    "dimecres",
    "dijous",
    "divendres",
    "maj",
    "marts",
    "mandag",
    "tirsdag",
    "onsdag",
    "torsdag",
    "fredag",
    "lørdag",
    "ιανουαρίου",
    "φεβρουαρίου",
    "μαρτίου",
    "απριλίου",
    "μαΐου",
    "ιουνίου",
    "ιουλίου",
    "αυγούστου",
    "σεπτεμβρίου",
    "οκτωβρίου",
    "νοεμβρίου",
    "δεκεμβρίου",
    "δευτέρα",
    "τρίτη",
    "τετάρτη",
    "πέμπτη",
    "παρασκευή",
    "aralık",
    "pazartesi",
    "salı",
    "çarşamba",
    "perşembe",
    "cuma",
];

/// Words that join the parts of a date and time: "16:15 Uhr", "le 3 mars à 14h", "alle ore
/// 17".
pub(crate) const DATE_FILLERS: &[&str] = &[
    // Maltese: "7 ta' Mejju 2025" ("of")
    "ta'", "uhr", "um", "bis", "ab", "le", "à", "a", "de", "del", "las", "la", "alle", "ore", "h",
    "г", "г.", "в", "den", "kl.", "kl", "ora", "pukul", "wib", "wita", "wit", "sati", "sat", "u",
    "р.", "р", "року", "о",
    "№", // Albanian: "E mërkurë, 30 prill 2025, ora 14:00" ("e", the article)
    "e",
];

/// Whether `text` is the name of a Vietnamese institution: it starts with the word for a
/// university, an institute, a centre, a company, a hospital or a ministry, and its other
/// syllables may be in lower case ("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Trường Đại
/// học Sư phạm Hà Nội", "Công ty Cổ phần FPT").
pub(crate) fn vietnamese_org(text: &str) -> bool {
    const HEADS: &[&str] = &[
        "Trường Đại học ",
        "Trường ",
        "Đại học ",
        "Học viện ",
        "Viện ",
        "Trung tâm ",
        "Công ty ",
        "Bệnh viện ",
        "Tập đoàn ",
        "Ngân hàng ",
        "Bộ ",
        "Sở ",
        "Khoa ",
        "ĐHQG",
    ];
    let text = text.trim();
    text.split_whitespace().count() <= 12
        && HEADS.iter().any(|h| {
            text.strip_prefix(h).is_some_and(|rest| {
                rest.is_empty() || rest.starts_with(char::is_uppercase) || *h == "ĐHQG"
            })
        })
}

/// Honorifics and degrees dropped in front of a name, beside the English ones.
pub(crate) const HONORIFICS: &[&str] = &[
    // Maltese: "Is-Sur" (Mr), "Is-Sinjura" (Mrs), "Is-Sinjorina" (Miss), "Patri" (Father)
    "is-sur",
    "is-sinjura",
    "is-sinjorina",
    "patri",
    // Persian and Hebrew, whose script has no capitals: "دکتر", "مهندس", "ד"ר", "פרופ'"
    "دکتر",
    "مهندس",
    "پروفسور",
    "استاد",
    // Arabic: "د." (Dr), "أ.د." (Prof. Dr), "م." (Eng.), "أ." (Mr, Ms), "الأستاذة", "الدكتور"
    "د.",
    "أ.د.",
    "م.",
    "أ.",
    "الأستاذ",
    "الأستاذة",
    "الدكتور",
    "الدكتورة",
    "المهندس",
    "المهندسة",
    "البروفيسور",
    "الطالب",
    "الطالبة",
    // Hindi: "डॉ." (Dr), "प्रो." (Prof.), "श्री", "सुश्री", "श्रीमती" (Mr, Ms, Mrs)
    "डॉ.",
    "प्रो.",
    "श्री",
    "सुश्री",
    "श्रीमती",
    "ד\"ר",
    "ד״ר",
    "פרופ'",
    "פרופ׳",
    "עו\"ד",
    "עו״ד",
    "הרב",
    // Vietnamese: "GS.TSKH.", "PGS.TS.", "TS.", "ThS.", "NCS.", "KS.", "CN."
    "gs.tskh.",
    "gs.ts.",
    "pgs.ts.",
    "pgs.tskh.",
    "gs.",
    "pgs.",
    "ts.",
    "tskh.",
    "ths.",
    "ncs.",
    "ks.",
    "ths",
    "ncs",
    // Ukrainian: "д.ф.-м.н., проф.", "доц.", "акад. НАН України", "д-р", "к.е.н."; a doctorate
    // written before the name, "PhD Тарас …"
    "phd",
    "доц.",
    // Bulgarian: "гл. ас. д-р", "ас.", "чл.-кор. проф. д.м.н."
    "гл.",
    "ас.",
    "д.м.н.",
    "д.т.н.",
    "д.ф.н.",
    "чл.-кор.",
    "акад.",
    "д-р",
    "д.е.н.",
    "к.е.н.",
    "д.пед.н.",
    "к.пед.н.",
    "д.філос.н.",
    // Serbian in Cyrillic: "проф. др", "доц. др", "мср" (a master's degree), "др"
    "др",
    "мср",
    "ванр.",
    // Croatian, Serbian and Bosnian: "izv. prof. dr. sc.", "doc. dr. sc.", "mr. sc.", "prof.
    // emer.", "dipl. ing."
    "sc.",
    "izv.",
    "emer.",
    "emeritus",
    "dipl.",
    "vanr.",
    "red.",
    // Romanian: "Conf. univ. dr.", "Lect. univ. dr.", "Asist. drd.", "drd.", "dr. ing."
    "conf.",
    "univ.",
    "lect.",
    "asist.",
    "drd.",
    "drd",
    // Indonesian: "Ir.", "Dra.", "Dr. Eng."
    // Latvian degrees after "Dr." and "Mg.": "Dr. biol.", "Dr. sc. comp.", "Dr. sc. ing.",
    // "Mg. phys.", and "asoc. prof." (associate professor)
    // (Swahili: "Dkt." (Dr), "Bw." (Mr), "Bi." (Ms), "Mhe." (Hon.))
    // (Afrikaans: "mnr." (Mr), "mev." (Mrs), "me." (Ms), "dr.", "prof.")
    // (Welsh: "yr Athro" (Professor))
    // (Georgian: "პროფ." (Prof.), "ასოც. პროფ.", "ასისტ. პროფ.", "დოქტ." (Dr), "ბატონი"
    // (Mr), "ქალბატონი" (Ms), "აკადემიკოსი" (academician))
    "პროფ.",
    "ასოც.",
    "ასისტ.",
    "დოქტ.",
    "ბატონი",
    "ქალბატონი",
    "აკადემიკოსი",
    "athro",
    "mnr.",
    "mnr",
    "mev.",
    "dkt.",
    "dkt",
    "bw.",
    "bi.",
    "mhe.",
    "mg.",
    "biol.",
    "phys.",
    "comp.",
    "silv.",
    "chem.",
    "geogr.",
    "oec.",
    "paed.",
    "philol.",
    "hist.",
    "math.",
    "agr.",
    "asoc.",
    // Albanian: "Znj." (Mrs), "Zonja", "MSc." before a name, "Doc."
    "znj.",
    "msc.",
    "ir.",
    "eng.",
    "pd",
    "dr.-ing.",
    "dr.-ing",
    "rer",
    "nat",
    "phil",
    "habil",
    "dr.rer.nat.",
    "dr.phil.",
    "rer.",
    "nat.",
    "phil.",
    "habil.",
    "med.",
    "dipl.-ing.",
    "dipl.-phys.",
    "priv.-doz.",
    "jun.-prof.",
    "apl.",
    "dekan",
    "dekanin",
    "mme",
    "mme.",
    "mlle",
    "pr.",
    "dra.",
    // Spanish: "D.ª Lola", "Dña. Ana", "Mtra. Daniela", "Lda. Carmen" (not "D.", which is
    // as often an initial: "D. J. Thompson")
    "d.ª",
    "dª",
    "dña.",
    "dña",
    "mtra.",
    "mtro.",
    "lda.",
    "ldo.",
    "lic.",
    "dott.",
    "dott.ssa",
    // Portuguese: "Profa. Dra.", "Ma." and "Me." (a master's degree)
    "profa.",
    "profa",
    "ma.",
    "me.",
    "prof.ssa",
    "ing.",
    // Dutch: "mr. dr.", "prof. dr. ir.", "drs."
    "mr.",
    "drs.",
    "ir.",
    "em.",
    // Polish: "dr hab.", "mgr inż."
    "hab.",
    "hab",
    "mgr",
    "mgr.",
    "inż.",
    // Russian degrees and ranks: "д.ф.-м.н.", "к.т.н.", "профессор", "академик РАН"
    "д.ф.-м.н.",
    "к.ф.-м.н.",
    "д.т.н.",
    "к.т.н.",
    "д.х.н.",
    "к.х.н.",
    "д.б.н.",
    "к.б.н.",
    "д.э.н.",
    "к.э.н.",
    "проф.",
    "профессор",
    "доцент",
    "академик",
    "член-корр.",
    "чл.-корр.",
    // Czech and Slovak degrees before a name: "prof. RNDr.", "doc. Mgr.", "Ing.", "PhDr."
    "doc.",
    // Slovenian: "izr. prof. dr." (associate professor)
    "izr.",
    // Lithuanian: "doc. dr.", "prof. habil. dr.", "habil. dr."
    "habil.",
    // Malay: "Prof. Madya" (associate professor), "Ts." (technologist), "Ir." (engineer),
    // "En." and "Cik" (Mr, Ms), "Pn." and "Puan" (Mrs), "Dato'", "Datuk", "Dato' Seri"
    "madya",
    "ts.",
    "ir.",
    "en.",
    "cik",
    "pn.",
    "puan",
    "dato'",
    "dato’",
    "datuk",
    "rndr.",
    "phdr.",
    "judr.",
    "mudr.",
    "mvdr.",
    "paeddr.",
    "thdr.",
    "bc.",
    "mga.",
    // (and without their dot, as a sentence split leaves them: "doc. RNDr. X")
    "doc",
    "rndr",
    "phdr",
    "judr",
    "mudr",
    "mvdr",
    "paeddr",
    "thdr",
    // Swedish and Norwegian ranks before a name: "fil. dr", "docent X", "førsteamanuensis X"
    "fil.",
    "fil.dr.",
    "fil.dr",
    "docent",
    "førsteamanuensis",
    "universitetslektor",
    // Finnish: "FT, dosentti X", "professori X", "FM X"
    "ft",
    "fm",
    "dosentti",
    "professori",
    "tohtori",
    // Hungarian: "Prof. Dr. X akadémikus"; Turkish ranks: "Doç. Dr.", "Dr. Öğr. Üyesi",
    // "Arş. Gör.", "Öğr. Gör.", "Y. Müh."
    "akadémikus",
    "doç.",
    "doç",
    "öğr.",
    "üyesi",
    "arş.",
    "gör.",
    "müh.",
    // Greek: "Δρ", "Καθ.", "Αναπλ. Καθ.", "Επίκ. Καθ.", "Ομότ. Καθ."; Danish: "dr.med.",
    // "ph.d.-studerende", "overlæge", "institutleder" before a name
    "δρ",
    "δρ.",
    "καθ.",
    "αναπλ.",
    "επίκ.",
    "ομότ.",
    "dr.med.",
    "dr.phil.",
    "ph.d.-studerende",
    "overlæge",
    "institutleder",
];

/// Openings of a sentence on an entry's recording, not on its talk: "لم يُحفظ التسجيل بسبب خلل
/// فني" (the recording was not saved, for a technical fault).
pub(crate) const RECORDING_STATUS: &[&str] = &[
    "لم يُحفظ التسجيل",
    "لم يحفظ التسجيل",
    "التسجيل غير متاح",
    "لا يتوفر تسجيل",
];

/// First words of a position written after a name in Arabic: "أستاذ مشارك" (associate
/// professor), "طالبة دكتوراه" (a doctoral student), "عالم بيانات أول" (a senior data scientist).
pub(crate) const RTL_POSITIONS: &[&str] = &[
    "أستاذ",
    "أستاذة",
    "محاضر",
    "محاضرة",
    "باحث",
    "باحثة",
    "طالب",
    "طالبة",
    "عالم",
    "عالمة",
    "مدير",
    "مديرة",
    "رئيس",
    "رئيسة",
    "مهندس",
    "مهندسة",
    "زميل",
    "زميلة",
    "مستشار",
    "مستشارة",
    // Hindi: "प्रधान वैज्ञानिक" (principal scientist), "वरिष्ठ वैज्ञानिक", "वैज्ञानिक/अभियंता"
    "प्रधान",
    "वरिष्ठ",
    "वैज्ञानिक",
    "वैज्ञानिक/अभियंता-एसजी",
    "प्रोफेसर",
    "सहायक",
    "निदेशक",
];

/// Words for "both" and "all" before an institution that several speakers share.
pub(crate) const SHARED: &[&str] = &[
    // Slovenian "both": "(oba Univerza v Novi Gorici)"
    "oba ",
    "obe ",
    // Serbian "both" ("обоје Институт за физику"), in Cyrillic and in Latin letters
    "обоје ",
    "обојица ",
    "oboje ",
    // Persian "both of": "(هر دو از پژوهشگاه دانش‌های بنیادی)"
    "هر دو از ",
    "هر سه از ",
    // Lithuanian "both": "(abu – Teltonika Telemedic)", "(abi iš VU)"
    "abu – ",
    "abi – ",
    "abu iš ",
    "abi iš ",
    "abu ",
    "abi ",
    "beide ",
    "beide von ",
    "alle ",
    "tous deux ",
    "toutes deux ",
    "tous ",
    "ambos da ",
    "ambos do ",
    "ambas da ",
    "ambas do ",
    "ambos de ",
    "ambos ",
    "ambas ",
    "entrambi ",
    "entrambe ",
    "beiden ",
    "allebei ",
    "oboje ",
    "obaj ",
    // Norwegian, Danish and Swedish "both from": "A og B, begge fra Meteorologisk institutt"
    "begge fra ",
    "begge ved ",
    "alle fra ",
    "båda från ",
    "båda vid ",
    "båda ",
    "begge ",
    "oba ",
    "obe ",
    "obaja ",
    "molemmat ",
    "mindketten ",
    "mindkettő ",
    "her ikisi de ",
    "tots dos de l'",
    "tots dos de la ",
    "tots dos del ",
    "tots dos de ",
    "totes dues de ",
    "tots dos ",
    "totes dues ",
    "αμφότεροι ",
    "αμφότερες ",
    // Vietnamese: "(cả hai đều từ …)"
    "cả hai đều từ ",
    "cả hai từ ",
    "đều từ ",
    // Ukrainian: "(обидва з Інституту …)", "(обидва — КНУ)"
    "обидва з ",
    "обидві з ",
    "обоє з ",
    "обидва ",
    "обидві ",
    // Romanian and Indonesian: "(ambii de la Bitdefender)", "(keduanya dari PT PP)"
    "ambii de la ",
    "ambele de la ",
    "amândoi de la ",
    "ambii ",
    "keduanya dari ",
    "keduanya ",
    "semuanya dari ",
];

/// Words of a part marker: "(Teil 2 von 3)", "(partie 1 sur 2)", "(parte 2 de 3)".
pub(crate) const PART_WORDS: &[&str] = &[
    // Thai "episode": "(ตอนที่ 1)"
    "ตอนที่",
    // Hindi "part": "(भाग 1)"
    "भाग",
    "teil",
    "partie",
    "parte",
    "aula",
    "deel",
    "część",
    "лекция",
    "часть",
    "частина",
    // Bulgarian: "(част 1 от 3)"
    "част",
    "лекція",
    "phần",
    "занятие",
    "del",
    "část",
    "časť",
    "osa",
    "rész",
    "bölüm",
    // Romanian and Indonesian: "(partea I)", "Seri 2:"
    "partea",
    "seri",
    "part",
    // Malay and Indonesian: "(Bahagian 1 daripada 2)", "(Bagian 2 dari 3)"
    "bahagian",
    "bagian",
    // (Greek capitals are left by ASCII lowercasing: "(Μέρος 2ο)")
    // Latvian: "Title. 2. daļa: subtitle", "(1. daļa)"
    // Welsh: "Dulliau ymchwil, Rhan 1: …"
    // Georgian: "…, ნაწილი II: …" (part)
    "ნაწილი",
    "rhan",
    "daļa",
    "μέρος",
    "Μέρος",
];

/// Words between a part's number and the count: "von", "sur", "de", "di".
pub(crate) const PART_OF: &[&str] = &[
    "von", "sur", "de", "di", "van", "z", "из", "av", "af", "ze", "з", "із", "от", "daripada",
    "dari",
];

/// Words that call a talk off: "ENTFÄLLT", "annulé", "cancelado".
pub(crate) const CALLED_OFF: &[&str] = &[
    // Maltese: "IKKANĊELLAT" (cancelled), "Is-seminar ġie kkanċellat"
    "ikkanċellat",
    "ikkanċellata",
    "ġie kkanċellat",
    // Tagalog: "KANSELADO" (cancelled), "Kinansela ang panayam" (the lecture was cancelled)
    "kanselado",
    "kinansela",
    // Albanian: "ANULUAR" (cancelled), "Webinari u anulua" (the webinar was cancelled)
    "anuluar",
    "u anulua",
    // Georgian: "გაუქმდა" (was cancelled), "გაუქმებულია"
    "გაუქმდა",
    "გაუქმებულია",
    // Welsh: "WEDI'I GANSLO" (cancelled)
    "wedi'i ganslo",
    "wedi ei ganslo",
    "canslwyd",
    // Afrikaans: "GEKANSELLEER" (cancelled)
    "gekanselleer",
    // Swahili: "IMEFUTWA" (cancelled), "IMEAHIRISHWA" (postponed: the talk is not given
    // that day)
    "imefutwa",
    "umefutwa",
    "imeahirishwa",
    "umeahirishwa",
    // Basque: "BERTAN BEHERA" (called off)
    "bertan behera",
    // Latvian: "LEKCIJA ATCELTA" (the lecture is cancelled), "… nenotiks" (will not take
    // place)
    "atcelta",
    "atcelts",
    "lekcija atcelta",
    "nenotiks",
    // Estonian: "JÄÄB ÄRA" (it will not take place)
    "jääb ära",
    // Serbian in Cyrillic: "ОТКАЗАНО"
    "отказано",
    "отказан",
    // Arabic: "ملغى", "ملغاة", "أُلغيت"
    "ملغى",
    "ملغاة",
    "ألغيت",
    // Vietnamese: "HOÃN", "hủy"
    "hủy",
    "huỷ",
    "đã hủy",
    // Ukrainian: "СКАСОВАНО"
    "скасовано",
    "скасоване",
    "скасована",
    // Slovenian: "ODPADE zaradi bolezni", "seminar je odpadel"
    "odpade",
    // Lithuanian: "seminaras atšauktas", "paskaita atšaukta"
    "atšauktas",
    "atšaukta",
    "atšaukti",
    "odpadel",
    "odpadlo",
    // Bulgarian: "ОТМЕНЕН: семинарът …", "се отменя"
    "отменен",
    "отменена",
    "отменя",
    // Croatian, Serbian and Bosnian: "OTKAZANO", "otkazano predavanje"
    "otkazano",
    "otkazana",
    "otkazan",
    "entfällt",
    "abgesagt",
    "fällt aus",
    "annulé",
    "annulée",
    "cancelado",
    "cancelada",
    "suspendido",
    "annullato",
    "annullata",
    "geannuleerd",
    "afgelast",
    "gaat niet door",
    "odwołany",
    "odwołana",
    "odwołane",
    "취소",
    "отменяется",
    "отменено",
    "отменён",
    "отменен",
    "отменена",
    "не состоится",
    "inställt",
    "inställd",
    "avlyst",
    "aflyst",
    "zrušeno",
    "zrušená",
    "zrušená přednáška",
    "zrušené",
    "peruttu",
    "peruutettu",
    "elmarad",
    "elmaradt",
    "iptal",
    "iptal edildi",
    "anul·lada",
    "anul·lat",
    "anulat",
    "anulată",
    "dibatalkan",
    "batal",
    "anul·lació",
    "cancel·lada",
    "cancel·lat",
    "ακυρώνεται",
    "ακυρώθηκε",
    "ακυρωμένη",
    // (capitals drop the accent: "ΑΚΥΡΩΘΗΚΕ")
    "ακυρωνεται",
    "ακυρωθηκε",
    "ακυρωμενη",
];

/// Words that move a talk to another day: "verschoben", "reporté".
pub(crate) const MOVED: &[&str] = &[
    "hoãn",
    "tạm hoãn",
    "перенесено",
    "odgođeno",
    "odgođena",
    "odgođen",
    "odloženo",
    "verschoben",
    "reporté",
    "reportée",
    "aplazado",
    "rinviato",
    "verplaatst",
    "uitgesteld",
    "przełożony",
    "przełożone",
    "переносится",
    "перенесено",
    "uppskjutet",
    "flyttet",
    "odloženo",
    "přesunuto",
    "siirretty",
    "elhalasztva",
    "ertelendi",
    "ajornada",
    "ajornat",
    "amânat",
    "amânată",
    "ditunda",
    "udskudt",
    "αναβάλλεται",
    "αναβλήθηκε",
    "αναβαλλεται",
    "αναβληθηκε",
];

/// Words of talk titles and page furniture that are never names: "Chemisches Kolloquium" is
/// no person.
pub(crate) const TITLE_WORDS: &[&str] = &[
    // a Swahili site's menu: "Kuhusu Sisi" (about us), "Wasiliana Nasi" (contact us),
    // "Jiunge" (join), "Machapisho" (publications); a Latvian one's "Par mums"
    "kuhusu",
    "sisi",
    "wasiliana",
    "nasi",
    "jiunge",
    "machapisho",
    "nyumbani",
    "mums",
    // Vietnamese: "Seminar Giải tích số – Video các buổi báo cáo"
    "các",
    "buổi",
    "báo",
    "cáo",
    // Ukrainian: "Семінар з теорії ймовірностей: записи доповідей"
    "записи",
    "доповідей",
    "засідань",
    "відеозаписи",
    // Croatian: "Seminar Zavoda za računarstvo – snimke predavanja", "Tribine – snimke"
    "snimke",
    "predavanja",
    "tribine",
    // Romanian and Indonesian: "Seminarul de cercetare – înregistrări", "Rekaman Kuliah Tamu"
    "seminarul",
    "înregistrări",
    "înregistrare",
    "kuliah",
    "tamu",
    "rekaman",
    "kolloquium",
    "festkolloquium",
    "seminar",
    "oberseminar",
    "vortrag",
    "vorträge",
    "vorlesung",
    "ringvorlesung",
    "antrittsvorlesung",
    "aufzeichnung",
    "aufzeichnungen",
    "archiv",
    "veranstaltungen",
    "sommersemester",
    "wintersemester",
    "und",
    "für",
    "über",
    "séminaire",
    "séminaires",
    "colloque",
    "exposé",
    "exposés",
    "conférence",
    "conférences",
    "journée",
    "coloquio",
    "colóquio",
    "colóquios",
    "seminário",
    "seminários",
    "palestra",
    "palestras",
    "minicurso",
    "departamento",
    "seminarium",
    "kolokwium",
    "wykład",
    "minikurs",
    "lezing",
    "lezingen",
    "collegereeks",
    "семинар",
    "заседание",
    "мини-курс",
    "лекция",
    "доклад",
    "charla",
    "charlas",
    "conferencia",
    "seminari",
    "conferenza",
    "giornata",
    "seminarium",
    "föreläsning",
    "föredrag",
    "föreläsningar",
    "foredrag",
    "forelesning",
    "kolokvium",
    "kolokvia",
    "přednáška",
    "přednášky",
    "prednáška",
    "seminář",
    "semináře",
    "záznam",
    "záznamy",
    // Finnish, Hungarian, Turkish: "Fysiikan kollokvion tallenteet", "Intézeti szeminárium –
    // videófelvételek", "Fizik Kolokyumları – Video Kayıtları"
    "kollokvio",
    "kollokvion",
    "seminaari",
    "tutkijaseminaari",
    "tallenteet",
    "esitelmät",
    "szeminárium",
    "felvételek",
    "videófelvételek",
    "előadások",
    "kolokyum",
    "kolokyumları",
    "seminer",
    "seminerleri",
    "kayıtları",
    // Greek: "Σεμινάρια Τμήματος – Βιντεοσκοπημένες ομιλίες"
    "σεμινάρια",
    "σεμινάριο",
    "σεμιναρίων",
    "ομιλία",
    "ομιλίες",
    "βιντεοσκοπημένες",
    "εκδηλώσεις",
    "ανακοινώσεις",
    // Danish and Catalan: "Klimaforelæsninger – se optagelserne", "Cicle de conferències"
    "forelæsninger",
    "klimaforelæsninger",
    "optagelser",
    "optagelserne",
    "foredrag",
    "conferències",
    "cicle",
    "vídeos",
    // a footer's links: "İlgili Bağlantılar", "Lisansüstü Programlar", "Etkinlik Takvimi",
    // "Hyödyllisiä linkkejä", "Kapcsolódó linkek"
    "bağlantılar",
    "bağlantıları",
    "programlar",
    "programları",
    "takvimi",
    "etkinlik",
    "etkinlikler",
    "duyurular",
    "linkit",
    "linkkejä",
    "tapahtumat",
    "tapahtumakalenteri",
    "linkek",
    "események",
    "eseménynaptár",
    "hírek",
];

/// Lines that say a slot has no talk or no recording, by how they start: "Kein Kolloquium
/// (Pfingstferien)", "keine Aufzeichnung", "Pas de séminaire".
pub(crate) const NOISE_STARTS: &[&str] = &[
    // Maltese: "Ara r-reġistrazzjoni" (watch the recording)
    "ara r-reġistrazzjoni",
    // Tagalog: "Panoorin ang rekording" (watch the recording)
    "panoorin ang",
    // Albanian: "Shikoni regjistrimin" (watch the recording), "Regjistrimi nuk është i
    // disponueshëm" (no recording)
    "shikoni regjistrimin",
    "regjistrimi nuk",
    // Afrikaans: "Kyk die opname" (watch the recording), "Skyfies" (slides), "Geen gaslesing
    // nie" (no guest lecture), "Die opname het ongelukkig misluk" (the recording failed)
    "kyk die opname",
    "skyfies",
    "geen gaslesing",
    "die opname het",
    // a social feed's count under a post: "Seen by 203"
    "seen by ",
    // Swahili: "Tazama rekodi" (watch the recording), "Rekodi ya mhadhara huu haipatikani"
    // (this lecture's recording is not available)
    "tazama rekodi",
    "rekodi ya mhadhara huu haipatikani",
    // Basque: "Ikusi grabazioa" (watch the recording), "Irakurri gehiago" (read more),
    // "Grabazioa ez dago eskuragarri" (the recording is not available)
    "ikusi grabazioa",
    "irakurri gehiago",
    "grabazioa ez dago",
    // Latvian: "Skatīties ierakstu →" (watch the recording), "Ieraksts nav pieejams …" (no
    // recording), "Pēc lektores lūguma ieraksts netiek publicēts" (not published)
    "skatīties ierakstu",
    "skatīt ierakstu",
    "ieraksts nav pieejams",
    "ieraksts netiek publicēts",
    // Estonian: "seminari ei toimu" (no seminar), "salvestust ei tehta" (no recording)
    "seminari ei toimu",
    "salvestus puudub",
    "salvestust ei tehta",
    // Arabic: "لا يوجد سمينار" (no seminar), "رابط التسجيل" (the recording's link)
    "لا يوجد سمينار",
    "لا توجد محاضرة",
    "رابط التسجيل",
    // "presented" (a status under the entry)
    "تم العرض",
    "kein kolloquium",
    "kein seminar",
    "kein vortrag",
    "keine veranstaltung",
    "keine aufzeichnung",
    "aufzeichnung",
    "folien",
    "pas de séminaire",
    "pas d'exposé",
    "pas de vidéo",
    "pas d'enregistrement",
    "vidéo",
    "enregistrement",
    "no hay seminario",
    "sin seminario",
    "sin grabación",
    "grabación",
    "nessun seminario",
    "nessuna registrazione",
    "registrazione",
    // Finnish, Hungarian, Turkish recording notes: "Tallenne (YouTube, 58 min)", "Videó:
    // YouTube (1:04:12)", "Kayıt mevcut değil"
    "tallenne",
    "tallennetta",
    "videó",
    "videofelvétel",
    "felvétel",
    "kayıt",
    // Catalan, Greek, Danish: "Vídeo (YouTube, 58 min) · Presentació (PDF)", "Βίντεο:
    // YouTube (58΄)", "Se optagelsen (1 t 02 min)", "Δεν βιντεοσκοπήθηκε"
    "vídeo",
    "enregistrament",
    "sense enregistrament",
    "βίντεο",
    "δεν βιντεοσκοπήθηκε",
    "se optagelsen",
    "se video",
    "optagelsen er",
    "ingen optagelse",
    // a post's date and author, a watch link (Spanish, French, German)
    "publicado el",
    "publié le",
    "veröffentlicht am",
    "ver vídeo",
    "ver video",
    "voir la vidéo",
    "video ansehen",
    "comité organizador",
    "comisión organizadora",
    // the people who run a series, not speakers: "Coordination : A et B"
    "coordination :",
    "coordination:",
    "organisation :",
    "responsables :",
    "responsable :",
    "comité d'organisation",
    // page furniture: skip links, sharing, the date of the last change, office hours
    "saltar al contenido",
    "ir al contenido",
    "zum inhalt",
    "zur navigation",
    "zur suche",
    "zum hauptinhalt",
    "diese seite teilen",
    "seite teilen",
    "zuletzt aktualisiert",
    "letzte änderung",
    "sprechzeiten",
    "aller au contenu",
    "partager cette page",
    "ir al contenido",
    "compartir esta página",
    "passa al contenuto",
    "condividi questa pagina",
    "hoppa till",
    "gå til",
    "spring til",
    "dela:",
    "del:",
    "senast uppdaterad",
    "sist oppdatert",
    "senest opdateret",
    "ingen inspelning",
    "inget seminarium",
    "přejít na",
    "sdílet:",
    "poslední aktualizace",
    "bez záznamu",
    "záznam není",
    "organizátoři:",
];

/// Words of slots that are no talks (greetings, breaks, receptions), and the small words
/// between them: "Grußwort des Dekans", "Empfang im Foyer", "Pause café".
pub(crate) const HOUSEKEEPING: &[&str] = &[
    // Albanian: "Hapja dhe fjalët përshëndetëse" (opening and greetings), "Pushim kafeje"
    // (coffee break), "Ndarja e certifikatave dhe mbyllja" (certificates and closing)
    "hapja",
    "pushim",
    "ndarja",
    "mbyllja",
    // Welsh: "Croeso" (welcome), "Egwyl" (break), "Cloi" (closing)
    "croeso",
    "egwyl",
    "cloi",
    // Afrikaans: "Verwelkoming" (welcome), "Afsluiting" (closing), "Teepouse" (tea break)
    "verwelkoming",
    "afsluiting",
    "pouse",
    "teepouse",
    // Swahili: "Ufunguzi" (opening), "Kufunga na shukrani" (closing and thanks),
    // "Mapumziko" (break), "Karibu" (welcome)
    "ufunguzi",
    "kufunga",
    "mapumziko",
    "karibu",
    // Basque: "Ongietorria" (welcome), "Agurra" (greeting), "Itxiera" (closing),
    // "Atsedenaldia" (break)
    "ongietorria",
    "agurra",
    "itxiera",
    "atsedenaldia",
    // Vietnamese: "Khai mạc", "Giải lao", "Bế mạc", "chụp ảnh lưu niệm", "phát biểu chào mừng"
    "khai",
    "mạc",
    "giải",
    "lao",
    "bế",
    "chụp",
    "ảnh",
    "lưu",
    "niệm",
    "phát",
    "biểu",
    "chào",
    "mừng",
    // Croatian: "Uvodna riječ", "Pozdravna riječ dekana", "Stanka za kavu", "Rasprava",
    // "Zatvaranje"
    "uvodna",
    "pozdravna",
    "riječ",
    "stanka",
    "rasprava",
    "zatvaranje",
    "otvaranje",
    // Romanian: "Deschiderea semestrului …"; Indonesian: "Pembukaan", "Sambutan Ketua
    // Departemen", "Sesi tanya jawab", "Penutupan dan foto bersama"
    "deschiderea",
    "deschidere",
    "închiderea",
    "pembukaan",
    "sambutan",
    "sesi",
    "tanya",
    "jawab",
    "penutupan",
    "foto",
    "bersama",
    "dan",
    "grußwort",
    "grusswort",
    "grußworte",
    "begrüßung",
    "eröffnung",
    "schlusswort",
    "empfang",
    "sektempfang",
    "umtrunk",
    "imbiss",
    "pause",
    "kaffeepause",
    "mittagspause",
    "mittagessen",
    "dekans",
    "dekanin",
    "präsidenten",
    "präsidentin",
    "foyer",
    "des",
    "der",
    "im",
    "und",
    "accueil",
    "ouverture",
    "clôture",
    "déjeuner",
    "pause-café",
    "café",
    "cocktail",
    "mot",
    "bienvenida",
    "apertura",
    "clausura",
    "almuerzo",
    "saluti",
    "saluto",
    "pranzo",
    "chiusura",
    "välkommen",
    "välkomna",
    "inledning",
    "innledning",
    "åpning",
    "lunsj",
    "fika",
    "lunch",
    "avslutning",
    "mingel",
    "velkommen",
    "pause",
    "kaffe",
    "zahájení",
    "přestávka",
    "občerstvení",
    "ukončení",
    // Slovak: "Otvorenie – doc. X", "Prestávka na kávu", "Záver a spoločná fotografia"
    "otvorenie",
    "prestávka",
    "záver",
    // Catalan, Danish and Greek: "Benvinguda a càrrec de la degana", "Velkomst ved
    // institutleder X", "Spørgsmål fra salen", "Χαιρετισμός του Προέδρου"
    "benvinguda",
    "benvinguts",
    "cloenda",
    "lliurament",
    "premis",
    "inauguració",
    "velkomst",
    "spørgsmål",
    "fra",
    "salen",
    "χαιρετισμός",
    "έναρξη",
    "διάλειμμα",
    "λήξη",
    // Turkish, Finnish and Hungarian openings, breaks and closings, and the term they open:
    // "Güz dönemi açılış konuşması ve tanışma", "Kevään avaus", "Őszi félévi megnyitó"
    "açılış",
    "açılışı",
    "konuşması",
    "kapanış",
    "tanışma",
    "kahve",
    "arası",
    "öğle",
    "yemeği",
    "güz",
    "bahar",
    "dönemi",
    "avaus",
    "avaussanat",
    "tervetuloa",
    "päätössanat",
    "tauko",
    "kahvitauko",
    "lounas",
    "syksyn",
    "kevään",
    "megnyitó",
    "köszöntő",
    "köszöntés",
    "zárszó",
    "szünet",
    "kávészünet",
    "ebéd",
    "őszi",
    "tavaszi",
    "félév",
    "félévi",
    "och",
    "og",
    "ve",
    "ja",
    "és",
    "du",
    "de",
    "la",
    "del",
    "et",
    "y",
];

/// Phrases that name the person an event honours, who gives no talk: "Festkolloquium zu
/// Ehren von Prof. X", "en l'honneur de X", "in honour of X".
pub(crate) const HONOURS: &[&str] = &[
    "zu ehren von",
    "zu ehren",
    "anlässlich",
    "in honor of",
    "in honour of",
    "en l'honneur de",
    "en hommage à",
    "en honor de",
    "en homenaje a",
    "in onore di",
];

/// Cities and towns that follow a research institution after a comma as part of its name
/// ("BASF SE, Ludwigshafen", "Max-Planck-Institut für X, Mülheim an der Ruhr"): towns of
/// research institutes and universities across continental Europe.
pub(crate) const CITIES: &[&str] = &[
    // Hindi: "केंद्रीय हिंदी संस्थान, आगरा", "… संस्थान, पुणे"
    "आगरा",
    "पुणे",
    "बेंगलुरु",
    "नई दिल्ली",
    "मुंबई",
    "कोलकाता",
    "चेन्नई",
    "हैदराबाद",
    "नागपुर",
    "लखनऊ",
    "aachen",
    "augsburg",
    "bayreuth",
    "bielefeld",
    "bochum",
    "braunschweig",
    "bremen",
    "chemnitz",
    "cottbus",
    "darmstadt",
    "dortmund",
    "dresden",
    "duisburg",
    "düsseldorf",
    "erlangen",
    "essen",
    "frankfurt",
    "frankfurt am main",
    "freiburg",
    "garching",
    "garching bei münchen",
    "gießen",
    "golm",
    "greifswald",
    "halle",
    "hannover",
    "ilmenau",
    "jena",
    "jülich",
    "kaiserslautern",
    "kiel",
    "köln",
    "konstanz",
    "leipzig",
    "ludwigshafen",
    "lübeck",
    "magdeburg",
    "mainz",
    "mannheim",
    "marburg",
    "martinsried",
    "mülheim an der ruhr",
    "münster",
    "oldenburg",
    "osnabrück",
    "paderborn",
    "potsdam",
    "regensburg",
    "rostock",
    "saarbrücken",
    "siegen",
    "ulm",
    "würzburg",
    "wuppertal",
    "graz",
    "innsbruck",
    "linz",
    "salzburg",
    "klosterneuburg",
    "villigen",
    "dübendorf",
    "lugano",
    "bordeaux",
    "lille",
    "marseille",
    "montpellier",
    "nancy",
    "nantes",
    "nice",
    "orsay",
    "palaiseau",
    "rennes",
    "saclay",
    "strasbourg",
    "toulouse",
    "gif-sur-yvette",
    "bilbao",
    "granada",
    "salamanca",
    "sevilla",
    "valencia",
    "zaragoza",
    "firenze",
    "genova",
    "milano",
    "napoli",
    "padova",
    "parma",
    "pavia",
    "roma",
    "siena",
    "torino",
    "trento",
    "eindhoven",
    "groningen",
    "nijmegen",
    "enschede",
    "gent",
    "ghent",
    "antwerp",
    "louvain-la-neuve",
    "aarhus",
    "lund",
    "uppsala",
    "linköping",
    "trondheim",
    "bergen",
    "espoo",
    "tampere",
    "kraków",
    "wrocław",
    "brno",
];

/// Notes on the language of a talk, in parentheses after its title: "(Vortrag in englischer
/// Sprache)", "(en anglais)", "(in English)".
pub(crate) const LANGUAGE_NOTES: &[&str] = &[
    // notes on the recording's captions: "(captioned)", "(with English subtitles)"
    "captioned",
    "subtitled",
    "subtitles",
    "with captions",
    // "(Vortrag in französischer Sprache mit Simultanübersetzung)"
    " sprache",
    "simultanübersetzung",
    "simultaneous interpretation",
    // Arabic: "المحاضرة باللغة الإنجليزية" (the lecture is in English)
    "باللغة الإنجليزية",
    "باللغة العربية",
    "in englischer sprache",
    "in deutscher sprache",
    "auf englisch",
    "auf deutsch",
    "en anglais",
    "en français",
    "en inglés",
    "en español",
    "in inglese",
    "in italiano",
    "in english",
    "in german",
    "in french",
    "in spanish",
    "v angličtině",
    "v češtině",
    "v angličtine",
    // Slovenian: "(predavanje v angleščini)"
    "v angleščini",
    // Lithuanian: "paskaita anglų kalba"
    "anglų kalba",
    // Malay and Indonesian: "(dalam Bahasa Inggeris)", "(dalam bahasa Inggris)"
    "dalam bahasa",
    // Icelandic and Serbian: "(á ensku)", "(на енглеском)"
    "á ensku",
    "на енглеском",
    "v slovenščini",
    "på engelska",
    "på svenska",
    "på engelsk",
    "på norsk",
    "på dansk",
];

/// Notes that a seminar is held jointly with another one, in parentheses after its title:
/// "(seminario congiunto con il Dipartimento di Matematica)", "(joint with the Physics
/// Colloquium)".
pub(crate) const JOINT_NOTES: &[&str] = &[
    "joint seminar",
    "joint colloquium",
    "joint with ",
    // a note on co-authors after the title: "'T' (joint work with Dr A and Prof. B, who could
    // not be there)"
    "joint work with ",
    "jointly with ",
    "co-hosted with ",
    "cohosted with ",
    "co-organised with ",
    "co-organized with ",
    "seminario congiunto",
    "in collaborazione con ",
    "séminaire commun",
    "séance commune",
    "seminario conjunto",
    "gemeinsam mit ",
    "gemeinsames kolloquium",
];

/// Notes on the recording itself, in parentheses after a title: "(audio only, camera
/// failed)", "(recording incomplete – audio lost after 20 min)".
pub(crate) const RECORDING_NOTES: &[&str] = &[
    "audio only",
    "audio-only",
    "camera failed",
    "no video",
    "video only",
    "slides only",
    "recording incomplete",
    "incomplete recording",
    "partial recording",
    "recording partial",
    "audio lost",
    "no audio",
    "poor audio",
];

/// Whether the text inside a title's last parentheses is a note on its language, on its
/// being held jointly with another seminar, or on its recording.
pub(crate) fn is_language_note(inner: &str) -> bool {
    // a language's code: "Bosonic codes (EN)", "(DE)"
    const CODES: &[&str] = &[
        "EN", "DE", "FR", "ES", "IT", "PT", "NL", "PL", "CS", "CZ", "SK", "SL", "HU", "RO", "BG",
        "HR", "SR", "LT", "LV", "ET", "FI", "SV", "DA", "NO", "EL", "TR", "RU", "ENG", "GER",
    ];
    if CODES.contains(&inner) {
        return true;
    }
    // ("(joint work with Dr A and Prof. B, who could not be there)": a long note on co-authors)
    if inner.len() < 200 && inner.starts_with("joint work with ") {
        return true;
    }
    inner.len() < 80 && {
        let lower = inner.to_lowercase();
        LANGUAGE_NOTES.iter().any(|n| lower.contains(n))
            || JOINT_NOTES.iter().any(|n| lower.starts_with(n))
            || RECORDING_NOTES.iter().any(|n| lower.starts_with(n))
    }
}

/// Words that mark an institution in German, French, Spanish and Italian, beside the
/// cognates already among the English ones ("Universität", "Institut", "Université").
pub(crate) const ORG_WORDS: &[&str] = &[
    // Maltese: "Università ta' Malta", "Dipartiment tal-Malti", "Fakultà tal-Arti", "Istitut
    // tal-Lingwistika", "Kunsill Nazzjonali …", "Kulleġġ San Nikola"
    "università",
    "dipartiment",
    "fakultà",
    "istitut",
    "kunsill",
    "kulleġġ",
    // Tagalog: "Unibersidad ng Santo Tomas", "Pamantasang Normal ng Pilipinas", "Kolehiyo ng
    // …", "Komisyon sa Wikang Filipino", "Kagawaran ng …" (department), "Surian" (institute)
    "unibersidad",
    "pamantasan",
    "pamantasang",
    "kolehiyo",
    "komisyon",
    "kagawaran",
    "surian",
    // Albanian: "Universiteti i Tiranës", "Instituti i Gjeoshkencave", "Agjencia Kombëtare e
    // Mjedisit", "Ministria e Arsimit", "Fakulteti …", "Qendra …", "Akademia e Shkencave"
    "universiteti",
    "instituti",
    "agjencia",
    "ministria",
    "fakulteti",
    "qendra",
    "akademia",
    "departamenti",
    "bashkia",
    "shoqata",
    // Georgian: "… უნივერსიტეტი" (university), "… ინსტიტუტი", "… ცენტრი", "… სააგენტო"
    // (agency), "… სამინისტრო" (ministry), "… აკადემია"
    "უნივერსიტეტი",
    "უნივერსიტეტის",
    "ინსტიტუტი",
    "ინსტიტუტის",
    "ცენტრი",
    "სააგენტო",
    "სამინისტრო",
    "აკადემია",
    // Welsh, and its mutations after "a" and "o": "Prifysgol Bangor", "a Phrifysgol
    // Caerdydd", "o Brifysgol Abertawe", "Coleg Cymraeg Cenedlaethol", "Canolfan Bedwyr",
    // "Llywodraeth Cymru", "Mudiad Meithrin", "Comisiynydd y Gymraeg"
    "prifysgol",
    "phrifysgol",
    "brifysgol",
    "coleg",
    "canolfan",
    "llywodraeth",
    "mudiad",
    "comisiynydd",
    "cymdeithas",
    // Afrikaans: "Universiteit van die Vrystaat", "Departement Water en Sanitasie", "…
    // Munisipaliteit", "Waternavorsingskommissie", "… Vereniging"
    "universiteit",
    "departement",
    "munisipaliteit",
    "vereniging",
    "kommissie",
    "navorsingsraad",
    // Swahili: "Chuo Kikuu cha Dodoma" (University of Dodoma), "Taasisi ya Afya Ifakara",
    // "Wizara ya Afya" (Ministry of Health), "Shirika la …" (organisation), "Hospitali ya …",
    // "Kituo cha …" (centre), "Idara ya …" (department), "Baraza la …" (council)
    "chuo",
    "taasisi",
    "wizara",
    "shirika",
    "hospitali",
    "kituo",
    "idara",
    "baraza",
    "mamlaka",
    // Basque: "Mondragon Unibertsitatea", "Biofisika Institutua", "Zientzia eta Teknologia
    // Fakultatea", "Kimika Fisikoa Saila", "… Zentroa", "… Fundazioa"
    "unibertsitatea",
    "unibertsitate",
    "institutua",
    "fakultatea",
    "saila",
    "zentroa",
    "fundazioa",
    "ikastegia",
    // Latvian: "Latvijas Universitāte", "Rīgas Tehniskā universitāte", "… institūts",
    // "Ventspils Augstskola", "SIA „Tilde”", "biedrība", "… centrs"
    "universitāte",
    "universitātes",
    "institūts",
    "institūta",
    "augstskola",
    "akadēmija",
    "centrs",
    "biedrība",
    "sia",
    "ministrija",
    "aģentūra",
    "slimnīca",
    "bibliotēka",
    "muzejs",
    "dienests",
    // Swedish, Danish, Norwegian: "Kungliga biblioteket", "Det Kgl. Bibliotek"
    "biblioteket",
    "bibliotek",
    // Estonian: "Tartu Ülikool", "Eesti Keele Instituut", "Riigi Infosüsteemi Amet", "Texta OÜ"
    "ülikool",
    "ülikooli",
    "instituut",
    "instituudi",
    "amet",
    "keskus",
    "akadeemia",
    "muuseum",
    "raamatukogu",
    "ministeerium",
    "oü",
    "hochschule",
    "fachhochschule",
    "zentrum",
    "forschungszentrum",
    "akademie",
    "klinikum",
    "universitätsklinikum",
    "stiftung",
    "gesellschaft",
    "lehrstuhl",
    "fakultät",
    "fachbereich",
    "bundesanstalt",
    "landesanstalt",
    "laboratorium",
    "sternwarte",
    "laboratoire",
    "école",
    "ecole",
    "escuela",
    "scuola",
    "centro",
    "fondazione",
    "fundación",
    "consiglio",
    "consejo",
    "politécnica",
    "politecnica",
    "polytechnique",
    "observatoire",
    "osservatorio",
    "observatorio",
    "hôpital",
    "ospedale",
    "estación",
    "estação",
    "museo",
    "museu",
    "musée",
    "muzeum",
    "fundação",
    "laboratorio",
    "laboratório",
    "escola",
    "faculdade",
    "facultad",
    "uniwersytet",
    "instytut",
    "akademia",
    "politechnika",
    "институт",
    "университет",
    // Serbian: "Универзитет у Нишу", "Факултет техничких наука", "Институт за физику"
    "универзитет",
    "факултет",
    // "Министарство рударства и енергетике", "Агенција за …", "Завод за …"
    "министарство",
    "агенција",
    "завод",
    "академија",
    // Bulgarian: "Институт по математика и информатика, БАН", "ИМИ–БАН"
    "бан",
    "академия",
    "лаборатория",
    "центр",
    "факультет",
    "hogeschool",
    // Swedish, Norwegian, Danish: "Sveriges lantbruksuniversitet", "Chalmers tekniska
    // högskola", "Länsstyrelsen i Skåne"
    "högskola",
    "universitet",
    "universitetet",
    "høgskule",
    "høyskole",
    "lantbruksuniversitet",
    "länsstyrelsen",
    "statsforvalteren",
    "institutt",
    "instituttet",
    "høgskulen",
    "høgskolen",
    "høyskolen",
    "undersøkelse",
    "undersökning",
    "sjukhus",
    "sykehus",
    "allaskuvla",
    "kommune",
    "kommun",
    "myndighet",
    "verket",
    "forskning",
    "centrum",
    "senter",
    // Czech and Slovak: "Univerzita Karlova", "Fyzikální ústav AV ČR", "Vysoké učení technické"
    "univerzita",
    "univerzity",
    "ústav",
    "ustav",
    "fakulta",
    // a university's department: "Katedra aplikovanej informatiky FMFI UK"
    "katedra",
    "akademie",
    "učení",
    "gymnázium",
    "jednota",
    "společnost",
    "nemocnice",
    // Finnish: "Turun yliopisto", "Ilmatieteen laitos", "Suomalaisen Kirjallisuuden Seura"
    "yliopisto",
    "yliopiston",
    "korkeakoulu",
    "ammattikorkeakoulu",
    "laitos",
    "instituutti",
    "tutkimuslaitos",
    "tutkimuskeskus",
    "keskus",
    "museokeskus",
    "arkisto",
    "kansallisarkisto",
    "seura",
    "akatemia",
    "akademi",
    "virasto",
    // Hungarian: "Debreceni Egyetem", "Ökológiai Kutatóközpont", "Biológiai Intézet"
    "egyetem",
    "tudományegyetem",
    "intézet",
    "kutatóközpont",
    "kutatóintézet",
    "múzeum",
    "igazgatóság",
    "tanszék",
    "akadémia",
    // Turkish: "Hacettepe Üniversitesi", "Deprem Araştırma Enstitüsü", "AFAD Başkanlığı"
    "üniversitesi",
    "üniversite",
    "enstitüsü",
    "fakültesi",
    "rasathanesi",
    "başkanlığı",
    "bakanlığı",
    "merkezi",
    "kurumu",
    "hastanesi",
    "dalı",
    "bölümü",
    "şubesi",
    "laboratuvarı",
    // Greek: "Πανεπιστήμιο Κρήτης", "Ίδρυμα Τεχνολογίας και Έρευνας", "Εθνικό Μετσόβιο
    // Πολυτεχνείο", "Εθνικό Αστεροσκοπείο Αθηνών", "Τμήμα Φυσικής", "Ένωση Ελλήνων Φυσικών"
    "πανεπιστήμιο",
    "πανεπιστημίου",
    // (capitals drop the accent: "ΤΜΗΜΑ ΦΥΣΙΚΗΣ", "ΑΡΙΣΤΟΤΕΛΕΙΟ ΠΑΝΕΠΙΣΤΗΜΙΟ")
    "πανεπιστημιο",
    "πανεπιστημιου",
    "τμημα",
    "τμήματος",
    "σχολη",
    "ινστιτουτο",
    "ιδρυμα",
    "ινστιτούτο",
    "ινστιτούτου",
    "ίδρυμα",
    "ιδρύματος",
    "πολυτεχνείο",
    "αστεροσκοπείο",
    "τμήμα",
    "ένωση",
    "κέντρο",
    "σχολή",
    // Vietnamese: "Trường Đại học Bách khoa Hà Nội", "Viện Toán học", "Học viện …",
    // "Đại học Quốc gia Hà Nội", "Trung tâm …", "Công ty …"
    "trường",
    "viện",
    "đại",
    "đhqg",
    "đhqg-hcm",
    // Ukrainian: "Київський національний університет імені Тараса Шевченка", "Інститут
    // математики НАН України", "Львівська політехніка", "Ліцей № 171"
    "університет",
    "університету",
    "інститут",
    "інституту",
    "академія",
    "академії",
    "політехніка",
    "лабораторія",
    "ліцей",
    "коледж",
    // Croatian, Serbian and Bosnian: "Sveučilište u Zagrebu", "Fakultet elektrotehnike i
    // računarstva", "Institut Ruđer Bošković", "Državni hidrometeorološki zavod", "Hrvatska
    // zaklada za znanost", "Ministarstvo znanosti …", "Univerzitet u Beogradu"
    "sveučilište",
    "sveučilišta",
    // Slovenian: "Univerza v Ljubljani", "Univerze v Mariboru", "Fakulteta za …",
    // "Kemijski inštitut", "Odsek za teoretično fiziko", "Kolektor Group d.o.o."
    "univerza",
    // Persian: "دانشگاه تهران", "پژوهشگاه دانش‌های بنیادی", "دانشکده مهندسی برق …"
    "دانشگاه",
    // Arabic: "جامعة الملك سعود", "الجامعة الأمريكية في بيروت", "معهد قطر لبحوث الحوسبة",
    // "كلية علوم الحاسب", "مدينة الملك عبدالعزيز للعلوم والتقنية", "الهيئة الوطنية …"
    "جامعة",
    "الجامعة",
    "معهد",
    "كلية",
    "مدينة",
    "الهيئة",
    "هيئة",
    "مركز",
    "وزارة",
    "مستشفى",
    "شركة",
    "أكاديمية",
    // Hindi: "भारतीय प्रौद्योगिकी संस्थान दिल्ली", "… प्रयोगशाला", "… विश्वविद्यालय", "इसरो"'s
    // "… संगठन", a laboratory's "… प्रभाग" (division)
    "संस्थान",
    "प्रयोगशाला",
    "विश्वविद्यालय",
    "संगठन",
    "प्रभाग",
    "परिषद",
    "केंद्र",
    "پژوهشگاه",
    "دانشکده",
    "پژوهشکده",
    "مؤسسه",
    "موسسه",
    "بیمارستان",
    "سازمان",
    // Hebrew: "אוניברסיטת תל אביב", "האוניברסיטה העברית", "מכון ויצמן למדע", "הטכניון",
    // "המכללה האקדמית …", "המרכז הרפואי שיבא", "רשות הטבע והגנים", "מינהל המחקר החקלאי"
    "אוניברסיטת",
    "האוניברסיטה",
    "אוניברסיטה",
    "מכון",
    "המכון",
    "הטכניון",
    "טכניון",
    "המכללה",
    "מכללת",
    "המרכז",
    "מרכז",
    "הרשות",
    "רשות",
    "ברשות",
    "מינהל",
    "השירות",
    // Lithuanian: "Vilniaus universitetas", "Kauno technologijos universiteto … institutas",
    // "Fizinių ir technologijos mokslų centras", "Santaros klinikos", "UAB „Oxipit“"
    "universitetas",
    "universiteto",
    "institutas",
    "instituto",
    "fakultetas",
    "fakulteto",
    "centras",
    "centro",
    "klinikos",
    "ligoninė",
    "akademija",
    "uab",
    "univerze",
    "univerzi",
    "inštitut",
    "inštituta",
    "odsek",
    "d.o.o.",
    "univerzitet",
    "univerziteta",
    "fakultet",
    "fakulteta",
    "zavod",
    "zavoda",
    "zaklada",
    "akademija",
    "ministarstvo",
    "agencija",
    "veleučilište",
    "mreža",
    "udruga",
    "društvo",
    "centar",
    "komora",
    "bolnica",
    "knjižnica",
    "muzej",
    // Romanian: "Universitatea Babeș-Bolyai", "Institutul de Biologie", "Academia Română"
    "universitatea",
    "universității",
    "institutul",
    "academia",
    "academiei",
    "facultatea",
    "școala",
    // Indonesian: "Universitas Udayana", "Badan Riset dan Inovasi Nasional", "Balai Besar
    // Wilayah Sungai", "Kementerian PUPR", "Pusat Riset …", "Dinas PUP-ESDM", "Otorita …"
    "universitas",
    "universiti",
    "departemen",
    "fakultas",
    "badan",
    "balai",
    "kementerian",
    "pusat",
    "dinas",
    "otorita",
    "direktorat",
    "politeknik",
    "sekolah",
    // Icelandic: "Háskólinn í Reykjavík", "Háskóli Íslands", "Veðurstofa Íslands"
    "háskólinn",
    "háskóli",
    "háskóla",
    "veðurstofa",
    // Malay: "Jabatan Fizik Gunaan", "Fakulti Sains dan Teknologi", "Akademi Sains Malaysia",
    // "Agensi Nuklear Malaysia", "MIMOS Berhad", "PETRONAS Research Sdn. Bhd."
    "jabatan",
    "fakulti",
    "akademi",
    "agensi",
    "berhad",
    // Catalan: "Universitat de Girona", "Agència Catalana de l'Aigua", "Museu de Ciències"
    "universitat",
    "agència",
    "museu",
    "centre",
    // Danish: "Københavns Universitet", "Niels Bohr Institutet", "Københavns Kommune"
    "universitet",
    "universitetet",
    "institutet",
    "kommune",
];

/// Endings of German compounds that name an institution: "Forschungszentrum",
/// "Fachhochschule", "Max-Planck-Institut", "Helmholtz-Zentrum".
const ORG_ENDINGS: &[&str] = &[
    "institut",
    "zentrum",
    "hochschule",
    "universität",
    "akademie",
    "anstalt",
    "klinikum",
    "laboratorium",
    // Scandinavian compounds: "Havforskningsinstituttet", "Folkhälsomyndigheten"
    "instituttet",
    "institutet",
    "direktoratet",
    "myndigheten",
    // "Bjerknessenteret", "Norsk klimaservicesenter", "Forskningscentret"
    "senteret",
    "sentret",
    "centret",
    "centeret",
    // Finnish and Hungarian compounds: "Kansallisarkisto", "Aalto-yliopisto",
    // "Tudományegyetem", "Kutatóintézet"
    "yliopisto",
    "arkisto",
    "instituutti",
    "egyetem",
    "intézet",
    "központ",
    // Icelandic: "Veðurstofa Íslands", "Jarðvísindastofnun Háskólans", "Hafrannsóknastofnun",
    // "Háskólinn í Reykjavík", "Orkuveita Reykjavíkur"
    "stofa",
    "stofnun",
    "háskóli",
    "háskólinn",
    "veita",
    // Estonian: "Tallinna Tehnikaülikool", "Tartu Ülikooli …", "Eesti Kirjandusmuuseum",
    // "Haridus- ja Teadusministeerium", "Eesti Rahvusraamatukogu", "Arvutiteaduse instituut"
    "ülikool",
    "ülikooli",
    "instituut",
    "muuseum",
    "ministeerium",
    "raamatukogu",
];

/// Chinese and Japanese write an institution as one word ending in its kind: "南京大学",
/// "理化学研究所", "中国科学院".
const CJK_ORG_ENDINGS: &[&str] = &[
    "大学",
    "大學",
    "研究所",
    "研究院",
    "学院",
    "學院",
    "科学院",
    "实验室",
    "實驗室",
    "研究中心",
    "研究センター",
    "机构",
    "機構",
    "公司",
    // Korean: "성균관대학교", "서울대학교 데이터사이언스대학원", "국립기상과학원"
    "대학교",
    "대학원",
    "연구원",
    "연구소",
    "과학원",
    "학과",
    "학부",
    "병원",
    "센터",
    "재단",
];

/// Whether `word` (lowercase) is a German compound, maybe hyphenated, whose last part marks an
/// institution ("Self-Organization" is no such compound: English keeps its words apart), or
/// a Chinese or Japanese institution name ("南京大学").
pub(crate) fn is_org_compound(word: &str) -> bool {
    let ends = |endings: &[&str]| {
        endings
            .iter()
            .any(|e| word.len() > e.len() + 2 && word.ends_with(e))
    };
    // a word ending in an ASCII letter can end only in a Latin ending ("…senter", not an
    // English "presenter" or "dissenter")
    ends(ORG_ENDINGS)
        || ends(&["senter"]) && !word.ends_with("presenter") && !word.ends_with("dissenter")
        || word.as_bytes().last().is_some_and(|b| !b.is_ascii()) && ends(CJK_ORG_ENDINGS)
}

/// Units named before their university ("Lehrstuhl für X, Universität Y"): the affiliation
/// is the university.
pub(crate) const UNITS: &[&str] = &[
    // Maltese: "Dipartiment tal-Lingwi …, Fakultà tal-Edukazzjoni", "Fakultà tat-Teoloġija,
    // Università ta' Malta"
    "dipartiment tal-",
    "dipartiment tad-",
    "dipartiment tax-",
    "dipartiment ta' ",
    "fakultà tal-",
    "fakultà tat-",
    "fakultà tad-",
    "fakultà ta' ",
    "istitut tal-",
    "istitut ta' ",
    // Afrikaans: "Eenheid vir Omgewingswetenskappe, Noordwes-Universiteit" (a unit for …)
    "eenheid vir ",
    // Swahili: "Idara ya Sayansi ya Chakula, Chuo Kikuu cha Sokoine", "Kitivo cha …"
    // (faculty), "Shule ya …" (school)
    "idara ya ",
    "kitivo cha ",
    "shule ya ",
    "fakultet",
    "zavod za",
    "odjel za",
    "katedra za",
    "facultatea de",
    "fakultas",
    "departemen",
    "lehrstuhl",
    "fakultät für",
    "fachbereich",
    "abteilung",
    "arbeitsgruppe",
    "institut für",
    "département",
    "departement",
    "laboratoire",
    "équipe",
    "departamento de",
    "facultad de",
    "dipartimento di",
    "facoltà di",
    // Malay: "Jabatan Fizik Gunaan, Fakulti Sains dan Teknologi, UKM", "Pusat Pengajian
    // Fizik, Universiti Sains Malaysia"
    "jabatan ",
    "fakulti ",
    "pusat pengajian ",
    // Arabic: "كلية علوم الحاسب والمعلومات، جامعة الملك سعود", "قسم …"
    "كلية ",
    "قسم ",
];

/// Endings of compounds that name a kind of event, or an institution: neither is a name
/// ("Weihnachtsvorlesung", "Festkolloquium", "Forschungszentrum").
const EVENT_ENDINGS: &[&str] = &["vorlesung", "vortrag", "kolloquium", "seminar", "tagung"];

/// Whether `word` is a compound of an event kind or an institution (see [`is_org_compound`]).
pub(crate) fn is_non_name_compound(word: &str) -> bool {
    super::words::with_lowercase(word, |w| {
        is_org_compound(w)
            || EVENT_ENDINGS
                .iter()
                .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
    })
}

/// Words of a page's navigation bar and language switch: "DE  EN  Suche  Anmelden".
const NAV_WORDS: &[&str] = &[
    "de",
    "en",
    "hr",
    "sr",
    "ro",
    "uk",
    "ua",
    "vi",
    "fr",
    "es",
    "it",
    "nl",
    "pt",
    "pl",
    "suche",
    "search",
    "login",
    "anmelden",
    "menü",
    "menu",
    "kontakt",
    "contact",
    "home",
    "startseite",
    "impressum",
    "datenschutz",
    "recherche",
    "accueil",
    "connexion",
    "buscar",
    "cerca",
    "inicio",
    "english",
    "deutsch",
    "français",
    "español",
    "newsroom",
    "privacy",
    "cookies",
    "accessibility",
    "barrierefreiheit",
    "sitemap",
    "s'abonner",
    "partager",
    "subscribe",
    "share",
    "abonnieren",
    "teilen",
    "suscribirse",
    "compartir",
    // a board app's views: "Board  Table  Calendar", "Board  List  Timeline"
    "board",
    "table",
    "list",
    "calendar",
    "timeline",
    "kanban",
    "gallery",
];

/// A cookie banner's buttons, each on a line of its own: "Accept all", "Reject", "Kabul Et".
const CONSENT_BUTTONS: &[&str] = &[
    "accept",
    "accept all",
    "accept all cookies",
    "accept cookies",
    "reject",
    "reject all",
    "decline",
    "allow all",
    "got it",
    "akzeptieren",
    "alle akzeptieren",
    "ablehnen",
    "alle ablehnen",
    "accepter",
    "tout accepter",
    "refuser",
    "tout refuser",
    "aceptar",
    "aceptar todo",
    "aceptar todas",
    "rechazar",
    "rechazar todo",
    "accetta",
    "accetta tutto",
    "rifiuta",
    "rifiuta tutto",
    "aceitar",
    "aceitar todos",
    "recusar",
    "accepteren",
    "alles accepteren",
    "weigeren",
    "akceptuję",
    "odrzuć",
    "přijmout",
    "odmítnout",
    "godkänn",
    "acceptera",
    "avvisa",
    "godta",
    "avvis",
    "hyväksy",
    "hylkää",
    "elfogadom",
    "elutasítom",
    "elfogad",
    "elutasít",
    "kabul et",
    "tümünü kabul et",
    "reddet",
    "принять",
    "отклонить",
];

/// Whether `s` is a cookie banner's button alone on its line (see [`CONSENT_BUTTONS`]).
pub(crate) fn is_consent_button(s: &str) -> bool {
    let s = s.trim();
    s.len() <= 24 && super::words::with_lowercase(s, |w| CONSENT_BUTTONS.contains(&w))
}

/// Whether `s` is a navigation bar: three or more single words set apart by wide spaces, one of
/// them a language code or a word of navigation.
pub(crate) fn is_nav_bar(s: &str) -> bool {
    if s.len() > 100 {
        return false;
    }
    // "EN DE Menü Kontakt": nothing but navigation words
    let tokens = s.split_whitespace().filter(|t| *t != "|");
    // ("Suche" alone: the search box's label; not "Home", which may head a page)
    let alone = matches!(
        s.trim().to_lowercase().as_str(),
        "suche"
            | "search"
            | "recherche"
            | "buscar"
            | "cerca"
            | "cercar"
            | "menü"
            | "menu"
            | "søg"
            | "sök"
            | "haku"
            | "keresés"
            | "αναζήτηση"
            | "поиск"
            // a collection's card button ("Open" under each item)
            | "open"
    );
    if alone || is_consent_button(s) {
        return true;
    }
    // a chat app's sidebar headings: "DIRECT MESSAGES", "Browse channels", "Starred messages"
    if matches!(
        s.trim().to_lowercase().as_str(),
        "direct messages"
            | "browse channels"
            | "starred messages"
            | "recent conversations"
            | "main menu"
    ) {
        return true;
    }
    let all_nav = tokens.clone().count() >= 2
        && tokens.clone().count() <= 8
        && tokens
            .into_iter()
            .all(|t| super::words::with_lowercase(t, |w| NAV_WORDS.contains(&w)));
    if all_nav {
        return true;
    }
    if !s.contains("  ") {
        return false;
    }
    let parts: Vec<&str> = s
        .split("  ")
        .map(|p| p.trim_matches(|c: char| c.is_whitespace() || c == '|'))
        .filter(|p| !p.is_empty())
        .collect();
    // ("Leichte Sprache   Gebärdensprache   English", "Impressum   Cookie-Einstellungen")
    // ("TTU Home   Colleges & Departments   Arts & Sciences   Department of Geosciences": a
    // breadcrumb's items of up to three words)
    let navigating = parts.len() >= 3
        && parts
            .iter()
            .all(|p| p.split(' ').count() <= 3 && p.chars().count() <= 28)
        && parts
            .iter()
            .any(|p| super::words::with_lowercase(p, |w| NAV_WORDS.contains(&w)));
    // ("About   Undergraduate   Graduate   Research   People   Events   Alumni & Friends": a
    // site's menu bar, five items or more, capitalised, none a sentence or a number)
    // ("Apply   Visit   Give": single words set apart, a row of buttons; not a table's
    // header, "Date   Speaker   Title")
    let buttons = parts.len() >= 3
        && parts.iter().all(|p| {
            !p.contains(' ')
                && p.chars().count() <= 12
                && p.starts_with(char::is_uppercase)
                && p.chars().all(char::is_alphabetic)
                && super::line::field_of(&format!("{p}: -")).is_none()
        });
    navigating
        || buttons
        || parts.len() >= 5
            && parts.iter().all(|p| {
                p.split(' ').count() <= 3
                    && p.chars().count() <= 26
                    && p.starts_with(char::is_uppercase)
                    && !p.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | ':'))
            })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_punctuation_and_university_units() {
        assert_eq!(
            halfwidth("张伟 教授（清华大学）、马超"),
            "张伟 教授 (清华大学), 马超"
        );
        assert_eq!(halfwidth("Ana Li (KTH)"), "Ana Li (KTH)");
        assert_eq!(
            cjk_university_unit("清华大学物理系"),
            Some(("清华大学", "物理系"))
        );
        assert_eq!(
            cjk_university_unit("北京大学数学科学学院"),
            Some(("北京大学", "数学科学学院"))
        );
        assert_eq!(cjk_university_unit("中国科学技术大学（合肥）"), None);
        assert_eq!(cjk_university_unit("浙江大学"), None);
        assert!(is_org_compound("南京大学") && is_org_compound("理化学研究所"));
        assert!(!is_org_compound("大学"));
    }

    #[test]
    fn cjk_titles_are_no_part_of_a_name() {
        assert_eq!(without_cjk_titles("陈晓东 教授"), "陈晓东");
        assert_eq!(without_cjk_titles("王丽华 副研究员 博士"), "王丽华");
        assert_eq!(without_cjk_titles("佐藤健一准教授"), "佐藤健一");
        assert_eq!(without_cjk_titles("田中美咲"), "田中美咲");
        // a name that ends like a title is left alone when too little would remain
        assert_eq!(without_cjk_titles("李博士"), "李博士");
        assert_eq!(without_cjk_titles("Li Wei"), "Li Wei");
        assert_eq!(field("报告人"), Some(Field::Speaker));
        assert_eq!(field("講演者"), Some(Field::Speaker));
    }

    #[test]
    fn fields_in_four_languages() {
        assert_eq!(field("referentin"), Some(Field::Speaker));
        assert_eq!(field("oratrice"), Some(Field::Speaker));
        assert_eq!(field("ponente"), Some(Field::Speaker));
        assert_eq!(field("relatore"), Some(Field::Speaker));
        assert_eq!(field("relatore/relatrice"), Some(Field::Speaker));
        assert_eq!(field("vorbitoare"), Some(Field::Speaker));
        assert_eq!(field("narasumber"), Some(Field::Speaker));
        assert_eq!(field("pembawa acara"), Some(Field::Ignored));
        assert_eq!(field("relatore/titolo"), None);
        assert_eq!(field("spreker"), Some(Field::Speaker));
        assert_eq!(field("prelegentka"), Some(Field::Speaker));
        assert_eq!(field("gespreksleider"), Some(Field::Ignored));
        assert_eq!(field("titel"), Some(Field::Title));
        assert_eq!(field("gastgeber"), Some(Field::Ignored));
        assert_eq!(field("speaker"), None);
    }

    #[test]
    fn german_compounds_name_institutions() {
        assert!(is_org_compound("max-planck-institut"));
        assert!(is_org_compound("forschungszentrum"));
        assert!(is_org_compound("helmholtz-zentrum"));
        assert!(!is_org_compound("zentrum"));
        assert!(!is_org_compound("müller-lüdenscheidt"));
        assert!(!is_org_compound("self-organization"));
        assert!(is_non_name_compound("Weihnachtsvorlesung"));
        assert!(!is_non_name_compound("Hartwig"));
    }

    #[test]
    fn navigation_bars() {
        assert!(is_nav_bar("DE  EN  Suche  Anmelden"));
        assert!(is_nav_bar("Accueil   Recherche   FR | EN"));
        assert!(!is_nav_bar("2024-01-01  Ann Lee  Fast codes"));
        // a cookie banner's buttons, alone on their lines
        assert!(is_nav_bar("Kabul Et"));
        assert!(is_nav_bar("Reject all"));
        assert!(!is_nav_bar("Accept the Null Hypothesis"));
        assert!(!is_nav_bar("Date  Speaker  Title"));
        assert!(!is_nav_bar("Date   Speaker   Title   Recording"));
        assert!(is_nav_bar("Apply   Visit   Give"));
        assert!(is_nav_bar(
            "Home   Colleges & Departments   Arts & Sciences   Department of Geosciences"
        ));
        assert!(is_nav_bar(
            "About   Undergraduate   Graduate   Research   People   Events   Alumni & Friends"
        ));
        assert!(is_nav_bar("EN DE Menü Kontakt"));
        assert!(!is_nav_bar("Home"));
        assert!(is_nav_bar("Suche"));
        assert!(is_nav_bar("Leichte Sprache   Deutsch   English"));
    }

    #[test]
    fn lists_are_lowercase() {
        let lists: [&[&str]; 16] = [
            NAV_WORDS,
            UNITS,
            EVENT_ENDINGS,
            ORG_WORDS,
            ORG_ENDINGS,
            TITLE_WORDS,
            NOISE_STARTS,
            HOUSEKEEPING,
            HONOURS,
            CITIES,
            CALENDAR_WORDS,
            DATE_FILLERS,
            HONORIFICS,
            SHARED,
            CALLED_OFF,
            MOVED,
        ];
        for w in lists.iter().flat_map(|l| l.iter()) {
            assert_eq!(*w, w.to_lowercase(), "{w}");
        }
        for (l, _) in FIELDS {
            assert_eq!(*l, l.to_lowercase());
        }
    }
}
