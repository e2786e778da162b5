"""Articles that are NOT follow-ups of the baseline, written for the judgement set.

Hard negatives: same topic before the baseline, other borders, US immigration without
Mexico's role, US-Mexico news without migration, short items, off-topic, Spanish press.
"""

# ruff: noqa: E501  (article prose and URLs: one paragraph per line reads best)
from __future__ import annotations

from bench.judgement.casebook import Case, case

CASES: list[Case] = [
    # --- Same topic, published before the baseline (2021-06-03) -------------------------------
    case("n_pre01", "neg-before-baseline", "2021-03-24",
         "https://www.nytimes-example.com/2021/03/24/us/politics/harris-border-migration.html",
         "Biden puts Harris in charge of migration talks with Mexico and Central America",
         "before the baseline: Harris named to lead, same topic",
         """President Biden on Wednesday assigned Vice President Kamala Harris to lead diplomatic efforts with Mexico and the Northern Triangle countries of Guatemala, Honduras and El Salvador to stem the migration that has overwhelmed Border Patrol facilities.

The number of unaccompanied children in custody has climbed past 15,000, and Homeland Security Secretary Alejandro Mayorkas has said the country is on pace to encounter more migrants at the southern border than in 20 years. Most single adults are expelled to Mexico under Title 42.

Harris said the administration would address the root causes of migration while enforcing the law. Officials said she would work with Mexican President Andrés Manuel López Obrador, who has deployed troops to Mexico's southern border to stop migrants.

Republicans called the move a distraction from what they described as a crisis at the border."""),
    case("n_pre02", "neg-before-baseline", "2021-03-01",
         "https://apnews-example.com/article/biden-lopez-obrador-virtual-meeting-migration",
         "Biden and López Obrador hold first virtual meeting, discuss migration",
         "before the baseline: first Biden-AMLO meeting",
         """WASHINGTON (AP) — President Joe Biden and Mexican President Andrés Manuel López Obrador held their first bilateral meeting by video on Monday, agreeing to work together on migration and the pandemic.

The White House said the leaders discussed a joint approach to migration that addresses its root causes and creates legal pathways, and that Mexico would continue to receive Central American families expelled under Title 42. López Obrador asked for help with COVID-19 vaccines.

Biden said the United States was working to end the policies of his predecessor, including the Remain in Mexico program, and that Mexico was an equal partner. Mexican officials said the tone was very different from the Trump years.

The meeting came as border agents reported rising numbers of families and unaccompanied children crossing from Mexico."""),
    case("n_pre03", "neg-before-baseline", "2021-03-19",
         "https://www.reuters-example.com/world/americas/mexico-vaccines-border-deal-2021-03-19/",
         "Mexico steps up border enforcement as US agrees to share vaccines",
         "before the baseline: March 2021 enforcement and vaccine deal",
         """MEXICO CITY (Reuters) — Mexico said on Friday it would restrict non-essential travel across its southern border with Guatemala and deploy National Guard troops and immigration agents to stop migrants, on the same day the United States announced it would send 2.5 million doses of AstraZeneca vaccine to Mexico.

Both governments denied the two decisions were linked. The White House said talks on migration and vaccines were separate. Mexico's foreign ministry said the border restrictions were a public health measure.

The Biden administration has asked Mexico to do more to stop Central American families and children heading to the US border, where encounters rose to a 15-year high in March. Mexico had recently stopped accepting some families expelled under Title 42 in parts of Tamaulipas."""),
    case("n_pre04", "neg-before-baseline", "2021-01-29",
         "https://www.texastribune-example.org/2021/01/29/mexico-law-migrant-children-detention-title-42/",
         "New Mexican law barring child detention complicates Title 42 expulsions",
         "before the baseline: Mexico's child detention law",
         """A Mexican law that took effect this month prohibits immigration authorities from holding migrant children in detention centres, and border officials in Texas say it is already making it harder to expel families under Title 42.

Authorities in Tamaulipas have started refusing some families with young children, citing a lack of shelter space, according to Border Patrol agents. Those families are being held briefly in the US and then released with notices to appear in court.

The new Biden administration, which took office last week, has said it will keep Title 42 for now while it reviews policies. Homeland Security officials are talking with Mexican counterparts about how returns will work.

The law was praised by child advocates in Mexico, who said detention centres were no place for children."""),
    case("n_pre05", "neg-before-baseline", "2021-05-07",
         "https://www.cnn-example.com/2021/05/07/politics/kamala-harris-lopez-obrador-virtual-meeting",
         "Harris and López Obrador discuss migration in virtual meeting",
         "before the baseline: May 2021 Harris-AMLO virtual meeting the baseline mentions",
         """Vice President Kamala Harris held a virtual meeting on Friday with Mexican President Andrés Manuel López Obrador, in which they discussed cooperation on migration from Central America, a White House official said.

Harris has been tasked with leading diplomatic efforts to reduce migration from Mexico and the Northern Triangle. Officials said she raised Mexico's enforcement along its southern border and the return of families expelled from the US.

López Obrador told Harris that Mexico's development programmes could reduce migration if extended to Central America. The two said they would meet in person in June, when Harris plans to visit Mexico and Guatemala.

The White House said the leaders also discussed economic recovery from the COVID-19 pandemic and climate change."""),
    case("n_pre06", "neg-before-baseline", "2021-06-01",
         "https://www.npr-example.org/2021/06/01/mayorkas-ends-remain-in-mexico",
         "DHS formally ends 'Remain in Mexico' asylum program",
         "before the baseline: June 1, 2021 MPP termination memo",
         """Homeland Security Secretary Alejandro Mayorkas on Tuesday formally terminated the Migrant Protection Protocols, the Trump-era program that made tens of thousands of asylum seekers wait in Mexico while their cases were heard in US immigration courts.

The Biden administration suspended new enrollments on its first day and has since allowed more than 11,000 people with active cases to enter the United States from Mexican border cities such as Matamoros and Tijuana.

In a memo, Mayorkas said the program had not delivered fair or timely hearings and that many people enrolled faced violence in Mexico. Republicans said ending it would encourage more migrants.

Texas and Missouri have sued to restore the program."""),
    case("n_pre07", "neg-before-baseline", "2021-05-12",
         "https://www.buzzfeednews-example.com/article/us-mexico-migration-asks-virtual-meeting",
         "US officials weighed asking Mexico to commit to migration measures",
         "before the baseline: the May BuzzFeed report",
         """US officials discussed asking Mexico to commit to measures that would reduce the number of immigrants trying to cross the southern border, ahead of a virtual meeting between Vice President Kamala Harris and Mexico's president, according to documents.

The ideas included more enforcement on Mexico's border with Guatemala and more help in receiving families expelled by US border agents under Title 42. Officials also discussed development funding for southern Mexico.

A Homeland Security official said the conversations were preliminary. The Mexican embassy did not respond to a request for comment.

The administration has been trying to present its relationship with Mexico as broader than migration, covering trade, climate and the pandemic."""),
    case("n_pre08", "neg-before-baseline", "2019-06-07",
         "https://www.reuters-example.com/article/us-usa-trade-mexico-deal-2019-06-07/",
         "Trump drops tariff threat after Mexico agrees to deploy National Guard",
         "before the baseline: 2019 tariff deal",
         """WASHINGTON (Reuters) — President Donald Trump said on Friday that the United States had reached an agreement with Mexico and would not impose tariffs on Mexican goods, after Mexico agreed to deploy its new National Guard throughout the country, especially on its southern border, to reduce migration.

Mexico also agreed to expand the Migrant Protection Protocols, accepting more asylum seekers returned from the US to wait for their hearings. Mexican Foreign Minister Marcelo Ebrard, who led the talks in Washington, said the deal avoided damage to the economy.

The US had threatened a 5 percent tariff that would rise to 25 percent. Border arrests reached 144,000 in May, the highest in 13 years."""),
    case("n_pre09", "neg-before-baseline", "2021-04-12",
         "https://www.nbcnews-example.com/politics/immigration/mexico-guatemala-honduras-troops-border-agreement",
         "Mexico, Guatemala and Honduras agree to send troops to borders, White House says",
         "before the baseline: April 2021 troop deployments",
         """Mexico, Guatemala and Honduras have agreed to temporarily increase security forces at their borders to reduce the flow of migrants towards the United States, a White House spokesperson said Monday.

Mexico will keep about 10,000 troops at its borders, Guatemala will send 1,500 police and soldiers, and Honduras 7,000, according to the administration. Mexico's foreign ministry said its deployment had been in place since March.

The announcement came as the number of unaccompanied children in Border Patrol custody reached record levels. The administration has expelled most single adults and many families to Mexico under Title 42."""),
    case("n_pre10", "neg-before-baseline", "2021-04-28",
         "https://www.washingtonpost-example.com/immigration/2021/04/28/brazilian-migrants-border-rise/",
         "Brazilian migrants arrive at US border in growing numbers after flying to Mexico",
         "before the baseline: the Brazil rise the baseline mentions",
         """More Brazilians are arriving at the US-Mexico border than at any time on record, many after flying to Mexico City or Cancun, where Brazilians do not need a visa, and then travelling to the border in Sonora or Baja California.

Border Patrol data show nearly 7,000 encounters with Brazilians in March. Families say they paid smugglers to guide them across near Yuma, Arizona.

US officials have discussed asking Mexico to reconsider its visa policy for Brazil, according to people familiar with the talks. Mexico's foreign ministry said it had no plans to change the rules."""),
    case("n_pre11", "neg-before-baseline", "2021-04-01",
         "https://www.cbsnews-example.com/news/border-patrol-facilities-overcrowding-donna-unaccompanied-children/",
         "Inside the overcrowded Donna border facility holding migrant children",
         "before the baseline: overcrowding in Border Patrol facilities",
         """More than 4,000 migrants, most of them unaccompanied children, were packed into a Border Patrol tent facility in Donna, Texas, designed for 250 people, according to images released on Tuesday.

Children are supposed to be moved to shelters within 72 hours, but many have been held much longer. Homeland Security Secretary Alejandro Mayorkas said the department was opening emergency shelters in convention centres and military bases.

Most families and adults crossing from Mexico are expelled under Title 42, but unaccompanied children are exempt. Mexico has agreed to help with returns of some families."""),
    case("n_pre12", "neg-before-baseline", "2020-03-21",
         "https://apnews-example.com/article/title-42-border-closure-expulsions-2020",
         "US to immediately expel migrants at Mexico border under health order",
         "before the baseline: Title 42 introduced in 2020",
         """WASHINGTON (AP) — The Trump administration said Friday it would immediately return migrants who cross the border illegally to Mexico, citing a public health law that allows the government to block entry during an outbreak of disease.

Mexico agreed to accept Mexicans and Central Americans expelled under the order. Officials said the measure would prevent the spread of the coronavirus in Border Patrol stations.

The border with Mexico was also closed to tourism and other non-essential travel. Immigration advocates said the order ends asylum at the border."""),
    case("n_pre13", "neg-before-baseline", None,
         "https://www.reuters-example.com/world/americas/mexico-migrants-tapachula-dateline",
         "Mexico flies migrants expelled from US to southern city, documents show",
         "before the baseline: no feed date, but a dated dateline in the text",
         """MEXICO CITY, May 20, 2021 (Reuters) - Mexico has begun flying some migrants expelled by US border agents to the southern city of Villahermosa, from where they are taken to the border with Guatemala, according to government documents and officials.

The practice, which began this month, is meant to make it harder for people to try crossing again. US officials have asked Mexico to receive more families expelled under Title 42 and to step up enforcement at its southern border.

Mexico's National Migration Institute did not comment. A Homeland Security official said the two governments coordinate closely on migration."""),
    case("n_pre14", "neg-before-baseline", "2019-01-29",
         "https://www.latimes-example.com/world/la-fg-remain-in-mexico-first-returns-20190129-story.html",
         "First asylum seeker returned to Tijuana under 'Remain in Mexico'",
         "before the baseline: MPP's first returns in 2019",
         """TIJUANA, Mexico — A Honduran man became the first asylum seeker sent back to Mexico under a new Trump administration policy on Tuesday, walking across the San Ysidro port of entry to wait in Tijuana for his hearing in a US immigration court.

Mexican officials said they would accept returnees for humanitarian reasons and offer them work permits. The US calls the policy the Migrant Protection Protocols.

Advocates said Tijuana was dangerous and that few asylum seekers would be able to find lawyers."""),
    case("n_pre15", "neg-before-baseline", "2021-05-26",
         "https://www.axios-example.com/2021/05/26/harris-guatemala-mexico-trip-announced",
         "Harris to visit Guatemala and Mexico in June",
         "before the baseline: trip announcement",
         """Vice President Kamala Harris will travel to Guatemala and Mexico on June 7 and 8, her office said Wednesday, her first foreign trip since taking office and a centrepiece of her work on migration.

Harris will meet Guatemalan President Alejandro Giammattei and Mexican President Andrés Manuel López Obrador. Aides said she would focus on the root causes of migration, including corruption, violence and poverty, and on enforcement cooperation with Mexico.

Border agents recorded more than 178,000 encounters in April. Most single adults were expelled to Mexico under Title 42."""),
    case("n_pre16", "neg-before-baseline", "2021-05-18",
         "https://www.politico-example.com/news/2021/05/18/mexico-migration-enforcement-guatemala-border",
         "Mexico's informal deal with US expands enforcement on Guatemala border",
         "before the baseline: enforcement reporting in May",
         """Mexico has quietly expanded immigration enforcement along its border with Guatemala under an informal understanding with the Biden administration, according to analysts and Mexican officials.

Checkpoints on highways in Chiapas and Tabasco have multiplied and the National Guard has been assigned to patrol the Suchiate River. Mexico says the measures protect migrants from smugglers.

US officials have asked Mexico to increase arrests of migrants on their way north and to take back more families expelled under Title 42."""),
    # --- Migration at other borders -------------------------------------------------------------
    case("n_oth01", "neg-other-border", "2021-11-24",
         "https://www.reuters-example.com/world/europe/channel-migrant-boat-sinks-2021-11-24/",
         "At least 27 migrants die as boat sinks in English Channel",
         "other border: English Channel",
         """CALAIS, France (Reuters) — At least 27 migrants bound for Britain died on Wednesday when their inflatable boat sank in the English Channel off Calais, the worst such disaster since the crossings began to rise in 2018.

French police arrested four people suspected of links to the smuggling network. President Emmanuel Macron said France would not let the Channel become a graveyard, while British Prime Minister Boris Johnson urged France to do more to stop boats leaving its beaches.

More than 25,000 people have crossed the Channel in small boats this year, three times the number in 2020. Most are from Iraq, Iran, Afghanistan and Eritrea and intend to claim asylum in the UK.

Aid groups in Calais said tighter controls at ports and on lorries had pushed people onto more dangerous sea crossings. The two governments have argued for months over who should pay for patrols and how to return migrants."""),
    case("n_oth02", "neg-other-border", "2021-11-09",
         "https://www.bbc-example.co.uk/news/world-europe-59220000",
         "Belarus border crisis: migrants trapped in freezing forest as Poland sends troops",
         "other border: Belarus-Poland",
         """Thousands of migrants, many from Iraq and Syria, are camped on the Belarusian side of the border with Poland in freezing conditions, after Polish troops blocked them from crossing into the European Union.

Poland has deployed 15,000 soldiers and accuses Belarus of orchestrating the crisis in revenge for EU sanctions, by flying migrants to Minsk on tourist visas and guiding them to the border. Belarus denies this.

At least eight people have died in the forest in recent weeks. The EU is considering sanctions on airlines that carry migrants to Belarus, and Iraq has organised repatriation flights.

Aid groups have been barred from a state of emergency zone along the border, and journalists cannot enter. Lithuania and Latvia have also declared emergencies."""),
    case("n_oth03", "neg-other-border", "2021-09-30",
         "https://www.nytimes-example.com/2021/09/30/world/americas/darien-gap-haitians-panama.html",
         "In the Darién Gap, a record number of migrants brave the jungle",
         "other border: Darien Gap in Panama (route north, but Mexico has no role here)",
         """Tens of thousands of migrants, most of them Haitians who had lived in Chile and Brazil, have crossed the Darién Gap between Colombia and Panama this year, a roadless jungle where people drown in rivers and are robbed and assaulted by armed gangs.

Panama's government says more than 90,000 people crossed in the first nine months of 2021, a record. At the Colombian town of Necoclí, thousands waited for boats to the start of the trail, and Colombia and Panama agreed to limit daily crossings.

Many of the migrants say they hope eventually to reach the United States. Panama's foreign minister called on other countries in the region to share the burden and said Panama could not manage the flow alone.

Doctors Without Borders said it had treated hundreds of people for injuries and reported cases of sexual violence on the trail."""),
    case("n_oth04", "neg-other-border", "2021-06-28",
         "https://www.theguardian-example.com/world/2021/jun/28/lampedusa-migrant-arrivals-italy",
         "Italy's Lampedusa overwhelmed as migrant boats arrive from Libya and Tunisia",
         "other border: Mediterranean",
         """More than 2,000 people arrived on the Italian island of Lampedusa in a weekend, overwhelming the island's reception centre, as calm summer weather brought a rise in boats crossing from Libya and Tunisia.

Italy has received nearly twice as many sea arrivals this year as in the same period of 2020. The interior minister asked other EU countries to take in some of the migrants under a voluntary relocation scheme.

Charity rescue ships say the Libyan coast guard, funded by the EU, continues to intercept boats and return people to detention centres in Libya where abuse is widespread. At least 700 people have died in the central Mediterranean this year."""),
    case("n_oth05", "neg-other-border", "2022-04-14",
         "https://www.reuters-example.com/world/uk/uk-rwanda-asylum-plan-2022-04-14/",
         "UK plans to send some asylum seekers to Rwanda",
         "other border: UK Rwanda plan",
         """LONDON (Reuters) — Britain will send some asylum seekers who arrive illegally to Rwanda under a deal announced on Thursday, in an attempt to deter people from crossing the English Channel in small boats.

Prime Minister Boris Johnson said the plan would break the business model of smuggling gangs. The UK will pay Rwanda 120 million pounds at first to house and process people, who would be able to claim asylum there.

The UN refugee agency said the plan breached international law, and opposition parties called it unworkable and expensive. The Royal Navy will take over operations in the Channel."""),
    case("n_oth06", "neg-other-border", "2022-03-08",
         "https://apnews-example.com/article/ukraine-refugees-poland-border-two-million",
         "Ukrainian refugees pass 2 million as Poland takes in most",
         "other border: Ukraine-Poland refugees",
         """PRZEMYSL, Poland (AP) — More than 2 million people have fled Ukraine since Russia invaded, the UN refugee agency said Tuesday, with more than half crossing into Poland.

Volunteers at the border have set up tents with food and clothes, and Polish families have opened their homes. The European Union has granted Ukrainians temporary protection, allowing them to live and work in member states for up to three years.

Aid groups warned that some refugees from Africa and Asia who lived in Ukraine faced discrimination at the border. Hungary, Slovakia, Romania and Moldova are also receiving large numbers."""),
    case("n_oth07", "neg-other-border", "2021-05-19",
         "https://www.bbc-example.co.uk/news/world-europe-ceuta-spain-morocco-migrants-2",
         "Spain returns thousands of migrants who swam into Ceuta from Morocco",
         "other border: Spain-Morocco (note: dated before baseline too)",
         """Spain has returned about 6,000 of the 8,000 people who swam or walked into its North African enclave of Ceuta from Morocco this week, the interior minister said.

The crossings began after Moroccan border guards appeared to stop patrolling, in what Spain sees as retaliation for its decision to admit a leader of the Polisario Front for hospital treatment. Spain sent troops to the beach and the EU expressed support.

Hundreds of unaccompanied minors remain in Ceuta in warehouses."""),
    case("n_oth08", "neg-other-border", "2021-12-14",
         "https://www.aljazeera-example.com/news/2021/12/14/greece-turkey-evros-pushbacks",
         "Greece accused of pushing back migrants at Evros border with Turkey",
         "other border: Greece-Turkey",
         """Rights groups have accused Greek border guards of forcing migrants back across the Evros river into Turkey, sometimes after stripping them and taking their phones, in a report published on Tuesday.

Greece has built a steel fence along the land border and says it protects Europe's frontier in line with the law. Turkey accuses Greece of endangering lives.

The European Commission asked Greece to set up an independent mechanism to investigate the claims. Frontex, the EU's border agency, said it was reviewing its operations in the area."""),
    case("n_oth09", "neg-other-border", "2022-03-28",
         "https://www.cbc-example.ca/news/politics/roxham-road-asylum-seekers-quebec",
         "Asylum seekers return to Roxham Road as Canada reopens border",
         "other border: US-Canada (Roxham Road)",
         """Hundreds of asylum seekers are once again crossing into Canada at Roxham Road, an irregular crossing from New York state into Quebec, after the federal government lifted pandemic restrictions that had turned people back.

Under the Safe Third Country Agreement, people arriving at official ports from the United States are generally refused, but those who cross between ports can make a claim. Quebec's premier asked Ottawa to close the crossing.

Most of those crossing are from Haiti, Colombia and Turkey. The RCMP has set up a processing tent."""),
    case("n_oth10", "neg-other-border", "2021-08-20",
         "https://www.reuters-example.com/world/asia-pacific/afghans-flee-iran-pakistan-border-2021-08-20/",
         "Afghans fleeing Taliban crowd border crossings with Pakistan and Iran",
         "other border: Afghanistan",
         """Thousands of Afghans have tried to cross into Pakistan and Iran since the Taliban took Kabul, crowding the Torkham and Spin Boldak crossings, where Pakistani guards are letting in only traders and people with medical needs.

The UN refugee agency urged neighbouring countries to keep borders open. Iran said it had set up camps near the frontier but would send people back once the situation stabilised.

Many people are also trying to reach Kabul's airport, where the United States and its allies are evacuating their citizens and Afghans who worked with them."""),
    case("n_oth11", "neg-other-border", "2022-01-14",
         "https://www.reuters-example.com/world/americas/guatemala-honduras-caravan-blocked-2022-01-14/",
         "Guatemalan police block Honduran migrant caravan at border",
         "other border: Honduras-Guatemala, no Mexican role",
         """(Reuters) — Guatemalan police and soldiers blocked a caravan of several hundred Honduran migrants at the border town of Corinto on Friday, turning back most of them for lacking documents and COVID-19 test results.

The group had left San Pedro Sula a day earlier. Guatemala's government said it would not allow irregular groups to cross its territory and that the measure protected public health.

Honduras's new president, Xiomara Castro, takes office this month and has promised to tackle the poverty and violence that push people to leave."""),
    case("n_oth12", "neg-other-border", "2022-05-31",
         "https://www.nbcnews-example.com/news/world/bangladesh-rohingya-boats-andaman-sea",
         "Rohingya boat arrivals rise as refugees flee camps in Bangladesh",
         "other border: Rohingya",
         """Boats carrying Rohingya refugees from camps in Bangladesh are again appearing on the Andaman Sea, aid groups say, as people try to reach Malaysia and Indonesia to escape crowded camps and violence.

About a million Rohingya live in the camps near Cox's Bazar, most of them since fleeing Myanmar in 2017. Bangladesh has moved some to an island in the Bay of Bengal.

The UN refugee agency said several hundred people had died or gone missing at sea this year and urged coastal states to allow boats to land."""),
    case("n_oth13", "neg-other-border", "2022-06-25",
         "https://apnews-example.com/article/melilla-border-deaths-morocco-spain",
         "Dozens of migrants die in crush at Spain's Melilla border fence",
         "other border: Morocco-Spain Melilla",
         """MADRID (AP) — At least 23 migrants died on Friday when about 2,000 people tried to climb the fence separating Morocco from the Spanish enclave of Melilla, Moroccan authorities said.

Videos showed bodies piled near the fence and Moroccan security forces beating people. Rights groups called for an independent investigation. Spain's prime minister praised Morocco's cooperation and blamed human trafficking mafias.

Most of those who tried to cross were from Sudan and Chad."""),
    case("n_oth14", "neg-other-border", "2021-10-20",
         "https://www.dw-example.com/en/lithuania-border-fence-belarus-migrants/a-59560000",
         "Lithuania begins building border fence to stop migrants from Belarus",
         "other border: Lithuania-Belarus",
         """Lithuania began building a 500-kilometre fence along its border with Belarus on Wednesday, after more than 4,000 migrants crossed this year, compared with 81 in all of 2020.

The Lithuanian government accuses Belarusian leader Alexander Lukashenko of sending migrants across as a hybrid attack. The EU has said it will not fund walls but has sent Frontex officers.

Asylum seekers in Lithuania are held in camps, and rights groups say conditions are poor."""),
    case("n_oth15", "neg-other-border", "2021-09-02",
         "https://www.reuters-example.com/world/americas/chile-venezuelan-migrants-iquique-2021-09-02/",
         "Chile expels Venezuelan migrants as tensions grow in northern border town",
         "other border: Chile-Bolivia",
         """Chile flew dozens of Venezuelan migrants home this week and tightened controls at its border with Bolivia, as tensions rose in the northern city of Iquique, where residents protested against makeshift camps.

Thousands of Venezuelans have crossed into Chile through the high desert on foot. The government says it will expel those who entered irregularly, while UN agencies urged it to respect the right to seek asylum."""),
    case("n_oth16", "neg-other-border", "2022-06-02",
         "https://www.france24-example.com/en/europe/20220602-channel-crossings-record-may",
         "Channel crossings hit record for May despite Rwanda plan",
         "other border: English Channel again",
         """More than 2,800 people crossed the English Channel in small boats in May, a record for the month, according to UK government figures, weeks after Britain announced it would send some asylum seekers to Rwanda.

Smugglers are using larger boats, carrying up to 60 people. The UK and France have agreed to increase beach patrols, and the first flight to Rwanda is planned for June, pending legal challenges."""),
    # --- US immigration news without Mexico's role ----------------------------------------------
    case("n_usi01", "neg-us-immigration-no-mexico", "2021-06-15",
         "https://www.nytimes-example.com/2021/06/15/us/immigration-court-backlog-1-3-million.html",
         "Immigration court backlog tops 1.3 million cases",
         "US immigration: court backlog, no Mexico role",
         """The backlog of cases in the nation's immigration courts has grown to more than 1.3 million, according to data from Syracuse University, with some hearings scheduled as far out as 2025.

The Justice Department has hired more immigration judges and said it would prioritise recent arrivals on a dedicated docket for families. But the number of new cases keeps rising, and judges say they cannot keep up.

Lawyers say the delays leave asylum seekers in limbo for years, unable to bring family members or plan their lives. Attorney General Merrick Garland has also restored judges' authority to close low-priority cases.

Advocates are pushing Congress to make the courts independent of the Justice Department."""),
    case("n_usi02", "neg-us-immigration-no-mexico", "2021-07-16",
         "https://apnews-example.com/article/daca-ruling-texas-judge-hanen",
         "Federal judge in Texas rules DACA program is illegal",
         "US immigration: DACA ruling",
         """HOUSTON (AP) — A federal judge in Texas ruled on Friday that the Deferred Action for Childhood Arrivals program, which protects hundreds of thousands of immigrants brought to the US as children from deportation, is illegal, and barred the government from approving new applications.

US District Judge Andrew Hanen said the Obama administration had exceeded its authority in creating the program in 2012. Current recipients keep their protections for now.

President Biden said the Justice Department would appeal and called on Congress to provide a path to citizenship for the young immigrants, known as Dreamers. About 650,000 people are enrolled."""),
    case("n_usi03", "neg-us-immigration-no-mexico", "2021-07-17",
         "https://www.reuters-example.com/legal/government/judge-rules-daca-unlawful-2021-07-17/",
         "Judge rules DACA unlawful, blocks new applicants",
         "US immigration: DACA (wire version source)",
         """(Reuters) — A federal judge in Texas on Friday declared unlawful a program that shields from deportation hundreds of thousands of immigrants who came to the United States as children, and blocked the government from granting new applications.

The ruling by Judge Andrew Hanen in a case brought by Texas and eight other states does not affect current recipients. More than 80,000 new applications are pending.

The Biden administration said it would appeal. Immigrant rights groups rallied in Washington, urging Democrats to include legal status for Dreamers in their budget bill. The decision adds pressure on Congress, where immigration legislation has stalled for two decades."""),
    case("n_usi04", "neg-us-immigration-no-mexico", "2021-09-30",
         "https://www.washingtonpost-example.com/national-security/2021/09/30/ice-enforcement-priorities-mayorkas-memo/",
         "Mayorkas sets new ICE priorities: no arrests based on status alone",
         "US immigration: interior enforcement priorities",
         """Homeland Security Secretary Alejandro Mayorkas issued new guidelines on Thursday telling Immigration and Customs Enforcement officers not to arrest or deport undocumented immigrants solely because they lack legal status.

Officers should focus on people who pose a threat to national security or public safety and on recent border crossers, the memo says, and weigh factors such as length of residence, age and family ties.

Republican-led states are challenging the approach in court. The number of deportations from the interior of the country has fallen to its lowest level in years. Immigrant advocates said the memo was an improvement but left too much discretion to officers."""),
    case("n_usi05", "neg-us-immigration-no-mexico", "2021-09-10",
         "https://www.nbcnews-example.com/politics/immigration/afghan-evacuees-fort-bliss-military-bases",
         "Tens of thousands of Afghan evacuees housed at US military bases",
         "US immigration: Afghan evacuees",
         """More than 50,000 Afghans evacuated from Kabul are living at military bases in Texas, Wisconsin, New Jersey and elsewhere while they undergo medical screening and wait to be resettled, officials said.

Most arrived under humanitarian parole, which does not give them permanent status. The administration has asked Congress for funding and for a law allowing them to apply for green cards.

Resettlement agencies say they are short of staff and housing after years of cuts under the previous administration. A measles outbreak paused flights for several days."""),
    case("n_usi06", "neg-us-immigration-no-mexico", "2021-09-19",
         "https://www.politico-example.com/news/2021/09/19/senate-parliamentarian-immigration-reconciliation",
         "Senate parliamentarian rejects path to citizenship in budget bill",
         "US immigration: Congress legalization",
         """The Senate parliamentarian ruled on Sunday that Democrats cannot include a path to citizenship for millions of undocumented immigrants in their budget reconciliation package, a blow to immigrant advocates.

Democrats had hoped to offer green cards to Dreamers, farmworkers, essential workers and people with temporary protected status. Leaders said they would present alternatives, such as updating the registry date.

The ruling leaves the fate of an estimated 8 million people in limbo. Republicans said immigration changes do not belong in a spending bill."""),
    case("n_usi07", "neg-us-immigration-no-mexico", "2021-10-27",
         "https://www.npr-example.org/2021/10/27/ice-detention-irwin-county-contract-ends",
         "ICE to stop using Georgia detention center accused of abuses",
         "US immigration: detention center closure",
         """Immigration and Customs Enforcement will stop holding detainees at the Irwin County Detention Center in Georgia, where women said they underwent unnecessary gynaecological procedures, the Homeland Security Department said.

The department also said it would end a contract with a jail in Massachusetts. Advocates welcomed the decision but said the number of people in immigration detention has grown since the start of the year, to more than 20,000.

Mayorkas said the department would not tolerate mistreatment of people in its custody."""),
    case("n_usi08", "neg-us-immigration-no-mexico", "2022-03-24",
         "https://www.cbsnews-example.com/news/asylum-officers-rule-immigration-courts-backlog/",
         "Biden administration finalizes rule letting asylum officers decide border cases",
         "US immigration: asylum officer rule (procedure, no Mexico role)",
         """The Biden administration on Thursday finalised a rule that allows asylum officers, rather than immigration judges, to decide the cases of some migrants found to have credible fear, in an attempt to cut years-long waits.

Officials said the rule would be rolled out slowly, starting with a few hundred cases a month. US Citizenship and Immigration Services is hiring more officers.

Advocates said the rule could speed protection for refugees but worried about tight deadlines. Republicans said it would encourage more people to seek asylum."""),
    case("n_usi09", "neg-us-immigration-no-mexico", "2021-10-08",
         "https://www.reuters-example.com/world/us/refugee-cap-125000-2021-10-08/",
         "Biden raises refugee admissions cap to 125,000",
         "US immigration: refugee cap",
         """WASHINGTON (Reuters) — President Joe Biden set the refugee admissions ceiling for fiscal 2022 at 125,000, the highest in decades, after admitting only about 11,000 refugees last year.

The White House said the cap includes room for people from Africa, Asia, Europe and Latin America, and for Afghans evacuated after the Taliban takeover. Resettlement agencies said they would need time to rebuild capacity.

The previous administration had cut the cap to a record low of 15,000."""),
    case("n_usi10", "neg-us-immigration-no-mexico", "2022-04-21",
         "https://apnews-example.com/article/uniting-for-ukraine-sponsor-program",
         "US launches program for Ukrainians with American sponsors",
         "US immigration: Uniting for Ukraine",
         """WASHINGTON (AP) — The Biden administration announced on Thursday a program that will let Ukrainians fleeing the war come to the United States if they have a sponsor who agrees to support them financially.

Uniting for Ukraine will grant two years of humanitarian parole. Officials said Ukrainians should not travel to the southern border to seek entry, as thousands had done in recent weeks by flying to Tijuana.

The US has pledged to accept up to 100,000 Ukrainians."""),
    case("n_usi11", "neg-us-immigration-no-mexico", "2021-08-19",
         "https://www.latimes-example.com/california/story/2021-08-19/uscis-green-card-backlog-employment",
         "Thousands of employment green cards may go unused amid USCIS backlog",
         "US immigration: legal immigration backlog",
         """More than 100,000 employment-based green cards could go to waste this year because US Citizenship and Immigration Services cannot process applications fast enough before the fiscal year ends, lawyers and immigrant groups warn.

The agency, funded largely by fees, suffered a budget crisis during the pandemic and froze hiring. Its director said staff were working overtime.

Many of those waiting are Indian and Chinese professionals who have lived in the US for years on temporary work visas."""),
    case("n_usi12", "neg-us-immigration-no-mexico", "2021-10-26",
         "https://www.washingtonpost-example.com/politics/2021/10/26/family-separation-settlement-payments/",
         "Administration in talks to pay families separated at border",
         "US immigration: family separation settlement (Trump era, no Mexico role)",
         """The Biden administration is discussing payments of as much as $450,000 per person to families separated at the border under the Trump administration's zero tolerance policy, according to people familiar with the talks.

About 5,500 children were separated from their parents in 2018. A task force set up by President Biden has reunited some families and is still searching for others.

Republicans criticised the possible payments. The Justice Department later withdrew from the settlement talks."""),
    case("n_usi13", "neg-us-immigration-no-mexico", "2022-04-13",
         "https://www.texastribune-example.org/2022/04/13/abbott-buses-migrants-washington/",
         "Abbott starts busing migrants to Washington, D.C.",
         "US immigration: Texas state action (border, but no Mexican role)",
         """The first bus chartered by Texas carrying migrants released by federal authorities arrived in Washington on Wednesday, part of Gov. Greg Abbott's protest against the Biden administration's border policies.

The migrants, from Venezuela, Colombia and Nicaragua, had been processed by the Border Patrol in Del Rio and boarded voluntarily. Abbott said the buses would continue as long as the federal government releases migrants into Texas.

Abbott also ordered state troopers to inspect commercial trucks at ports of entry, causing long delays. Washington officials called the busing a political stunt."""),
    case("n_usi14", "neg-us-immigration-no-mexico", "2021-11-02",
         "https://www.nytimes-example.com/2021/11/02/us/operation-lone-star-arrests.html",
         "In Texas, migrants arrested for trespassing under Abbott's border operation",
         "US immigration: Operation Lone Star",
         """Hundreds of migrants have been jailed in Texas on state trespassing charges under Operation Lone Star, Gov. Greg Abbott's border security effort, many held for weeks without charges being filed, according to defence lawyers.

The state has spent more than $2 billion on the operation and deployed thousands of National Guard members and troopers. Soldiers have complained about poor conditions and long deployments.

Legal challenges argue the state is unlawfully enforcing federal immigration law. The Justice Department is reviewing the arrests."""),
    case("n_usi15", "neg-us-immigration-no-mexico", "2022-01-28",
         "https://www.politico-example.com/news/2022/01/28/tps-afghanistan-venezuela-extension",
         "DHS extends temporary protected status for Venezuelans",
         "US immigration: TPS",
         """The Homeland Security Department extended temporary protected status for about 340,000 Venezuelans living in the United States for another 18 months, citing the political and economic crisis in their country.

TPS allows people to live and work in the US legally while their home countries are unsafe. Only Venezuelans who were already in the country by March 2021 are eligible.

Advocates called for a new designation to cover more recent arrivals."""),
    case("n_usi16", "neg-us-immigration-no-mexico", "2021-07-23",
         "https://www.npr-example.org/2021/07/23/border-wall-contracts-cancelled-pentagon",
         "Pentagon cancels border wall contracts, returning funds to military projects",
         "US immigration: border wall funding (no Mexican role)",
         """The Pentagon said it would cancel border wall construction projects paid for with military funds and return about $2 billion to projects at bases in the US and abroad.

President Biden stopped wall construction on his first day in office. The Homeland Security Department said it would use its own funds to repair gaps and erosion damage in Texas.

Republicans said the decision leaves the border open. Environmental groups asked for restoration of damaged land in Arizona."""),
    case("n_usi17", "neg-us-immigration-no-mexico", "2022-02-03",
         "https://www.reuters-example.com/world/us/ice-deportations-fall-2022-02-03/",
         "ICE deportations fell to record low in fiscal 2021",
         "US immigration: interior deportations",
         """(Reuters) — Immigration and Customs Enforcement deported about 59,000 people in the 2021 fiscal year, the lowest number in its history, as the agency narrowed its priorities and the pandemic limited flights, according to an annual report.

Arrests inside the country also fell. ICE officials said they focused on people with serious criminal convictions. Republicans in Congress called the numbers proof that the administration was not enforcing the law."""),
    case("n_usi18", "neg-us-immigration-no-mexico", "2022-05-10",
         "https://www.cbsnews-example.com/news/unaccompanied-children-shelters-hhs-sponsors/",
         "HHS speeds release of migrant children to sponsors",
         "US immigration: unaccompanied children in HHS care",
         """The Department of Health and Human Services has cut the average time unaccompanied migrant children spend in its shelters to about a month, officials said, by speeding background checks for sponsors.

About 10,000 children are in the agency's care. Case managers say they are under pressure to move quickly, and some advocates worry about safety checks. The agency has closed several emergency sites opened last year."""),
    # --- US-Mexico news without migration -----------------------------------------------------
    case("n_eco01", "neg-us-mexico-no-migration", "2021-09-09",
         "https://www.reuters-example.com/business/us-mexico-economic-dialogue-2021-09-09/",
         "US, Mexico relaunch high-level economic dialogue, focus on supply chains",
         "US-Mexico: economic dialogue, no migration",
         """MEXICO CITY (Reuters) — The United States and Mexico relaunched a high-level economic dialogue on Thursday, agreeing to work together on supply chains, semiconductors, infrastructure and cybersecurity.

Vice President Kamala Harris opened the meeting by video, and Secretary of State Antony Blinken and Commerce Secretary Gina Raimondo met Mexican Foreign Minister Marcelo Ebrard in Washington. The two countries said they would coordinate investment in southern Mexico and promote economic development across the region.

Business groups welcomed the talks but said disputes over Mexico's energy policy and the new trade agreement's labour rules remained. Mexico is the United States' second-largest trading partner."""),
    case("n_eco02", "neg-us-mexico-no-migration", "2021-10-01",
         "https://www.bloomberg-example.com/news/articles/2021-10-01/mexico-electricity-reform-cfe-us-concerns",
         "López Obrador's electricity reform alarms US investors",
         "US-Mexico: energy reform",
         """Mexican President Andrés Manuel López Obrador sent Congress a constitutional reform that would guarantee the state power company, CFE, at least 54 percent of electricity generation, alarming private and foreign investors.

US companies with wind and solar projects in Mexico say the change would violate the USMCA trade agreement. The US ambassador, Ken Salazar, said Washington was concerned and would raise it with Mexican officials.

López Obrador says the reform corrects years of privatisation that favoured foreign firms. The measure needs a two-thirds majority in Congress."""),
    case("n_eco03", "neg-us-mexico-no-migration", "2022-07-20",
         "https://apnews-example.com/article/usmca-energy-dispute-consultations-mexico",
         "US requests trade consultations with Mexico over energy policy",
         "US-Mexico: USMCA energy dispute",
         """WASHINGTON (AP) — The United States on Wednesday requested dispute settlement consultations with Mexico under the USMCA trade agreement, saying Mexico's energy policies unfairly favour its state-owned oil company Pemex and power utility CFE.

US Trade Representative Katherine Tai said the policies undermine American companies and clean energy investment. Canada joined the request. If talks fail, the US could ask for a panel and eventually impose tariffs.

López Obrador said Mexico would defend its sovereignty over energy."""),
    case("n_eco04", "neg-us-mexico-no-migration", "2022-01-11",
         "https://www.reuters-example.com/business/autos-transportation/usmca-panel-auto-rules-of-origin-2022-01-11/",
         "USMCA panel hears Mexico's challenge to US auto rules of origin",
         "US-Mexico: autos trade dispute",
         """(Reuters) — A trade panel began hearing Mexico's complaint that the United States is applying overly strict rules for calculating regional content in cars under the USMCA trade pact.

Mexico and Canada say Washington's method makes it harder for automakers to qualify for tariff-free treatment. The US says its reading follows the agreement. Automakers have delayed investment decisions while they wait."""),
    case("n_eco05", "neg-us-mexico-no-migration", "2021-10-14",
         "https://www.washingtonpost-example.com/world/2021/10/14/ovidio-guzman-fentanyl-cartel-indictment/",
         "US charges Mexican cartel leaders in fentanyl trafficking case",
         "US-Mexico: drugs and security, not migration",
         """Federal prosecutors in New York announced charges against leaders of Mexico's Sinaloa cartel, accusing them of producing fentanyl in secret labs and shipping it into the United States in cars and trucks through ports of entry in Arizona and California.

The Drug Enforcement Administration said fentanyl seizures at the border have risen sharply. Overdose deaths in the US passed 100,000 in a year for the first time.

Mexico's attorney general said it would cooperate on extradition requests. The DEA has complained that Mexico restricts its agents' work under a law passed last year."""),
    case("n_eco06", "neg-us-mexico-no-migration", "2021-08-04",
         "https://www.nytimes-example.com/2021/08/04/world/americas/mexico-lawsuit-gun-makers.html",
         "Mexico sues US gun makers over weapons trafficking",
         "US-Mexico: guns lawsuit",
         """Mexico's government sued several of the largest American gun manufacturers in federal court in Boston on Wednesday, accusing them of negligent business practices that feed the flow of weapons to drug cartels.

The lawsuit says as many as 500,000 guns are smuggled from the US into Mexico each year and that the companies design and market weapons in ways that appeal to criminals. Gun makers said the suit was baseless.

Foreign Minister Marcelo Ebrard said the case was meant to reduce violence, not to challenge American gun rights."""),
    case("n_eco07", "neg-us-mexico-no-migration", "2022-02-15",
         "https://www.reuters-example.com/business/us-suspends-mexican-avocado-imports-threat-2022-02-15/",
         "US suspends Mexican avocado imports after inspector threatened",
         "US-Mexico: avocado trade",
         """(Reuters) — The United States suspended imports of avocados from the Mexican state of Michoacán after a US plant safety inspector received a threat, Mexico's agriculture ministry said.

Michoacán is the only Mexican state authorised to export avocados to the US, which buys most of its avocados from Mexico. The suspension came days after the Super Bowl, a peak time for sales.

The USDA said the suspension would last as long as needed to ensure the safety of its staff. Imports resumed about a week later."""),
    case("n_eco08", "neg-us-mexico-no-migration", "2021-11-08",
         "https://www.npr-example.org/2021/11/08/us-mexico-land-border-reopens-vaccinated-travelers",
         "US reopens land borders with Mexico and Canada to vaccinated travelers",
         "US-Mexico: border reopening for travel (not migration)",
         """Fully vaccinated travellers from Mexico and Canada can cross US land borders for shopping, tourism and visiting family for the first time since March 2020, after restrictions on non-essential travel were lifted Monday.

Lines at crossings in San Ysidro, El Paso and Laredo stretched for hours as families reunited. Businesses in border towns, which lost much of their trade during the closure, said they expected a strong holiday season.

Travellers must show proof of vaccination. Trade and essential workers were allowed to cross throughout the pandemic."""),
    case("n_eco09", "neg-us-mexico-no-migration", "2021-06-15",
         "https://www.cnn-example.com/2021/06/15/americas/us-vaccine-doses-mexico-johnson",
         "US sends 1.35 million vaccine doses to Mexico",
         "US-Mexico: vaccines",
         """The United States shipped 1.35 million doses of the Johnson & Johnson COVID-19 vaccine to Mexico on Tuesday, part of the Biden administration's pledge to share 80 million doses with other countries.

Mexico said it would use the doses in border cities to speed reopening of crossings. Foreign Minister Marcelo Ebrard thanked Vice President Kamala Harris, who announced the donation.

The US had earlier lent Mexico 2.7 million doses of the AstraZeneca vaccine."""),
    case("n_eco10", "neg-us-mexico-no-migration", "2022-04-18",
         "https://www.ft-example.com/content/mexico-lithium-nationalisation",
         "Mexico nationalises lithium as AMLO's energy push continues",
         "US-Mexico: lithium nationalisation (US investors)",
         """Mexico's Congress approved a law nationalising lithium, creating a state company to control the metal used in electric car batteries, days after López Obrador's electricity reform failed to win enough votes.

Foreign companies with lithium concessions, including Chinese and US firms, said they were studying the law. Analysts said Mexico's deposits are mostly in clay and may be costly to exploit."""),
    case("n_eco11", "neg-us-mexico-no-migration", "2021-11-05",
         "https://www.reuters-example.com/world/americas/mexico-us-water-treaty-1944-2021-11-05/",
         "Mexico and US sign water deal to ease drought dispute",
         "US-Mexico: water treaty",
         """(Reuters) — Mexico and the United States agreed on new rules to share Colorado River water during drought, easing tension over the 1944 treaty that governs the rivers along their border.

Farmers in Chihuahua clashed with the National Guard last year over water deliveries to the US from the Rio Grande basin. Officials said the new arrangement would help both countries plan."""),
    case("n_eco12", "neg-us-mexico-no-migration", "2021-12-01",
         "https://www.bloomberg-example.com/news/articles/2021-12-01/mexico-gm-corn-decree-us-farmers",
         "US farmers alarmed by Mexico plan to phase out GM corn",
         "US-Mexico: corn trade",
         """American farm groups urged the Biden administration to press Mexico over a decree that would phase out imports of genetically modified corn by 2024, saying it threatens billions of dollars in exports.

Mexico is the largest buyer of US corn. Mexican officials say the decree protects native varieties and public health. US Agriculture Secretary Tom Vilsack said he raised the issue with his counterpart."""),
    case("n_eco13", "neg-us-mexico-no-migration", "2022-06-21",
         "https://www.nytimes-example.com/2022/06/21/world/americas/mexico-journalists-killed-2022.html",
         "Mexico's journalist killings reach record pace",
         "US-Mexico: press freedom, no migration",
         """At least 11 journalists have been killed in Mexico this year, making 2022 the deadliest year for the press in the country's recent history, according to press groups.

The US State Department urged Mexican authorities to investigate the murders. López Obrador has criticised some reporters in his daily news conferences, which press advocates say puts them at risk."""),
    case("n_eco14", "neg-us-mexico-no-migration", "2021-12-16",
         "https://www.reuters-example.com/business/energy/pemex-deer-park-refinery-shell-2021-12-16/",
         "US approves Pemex purchase of Shell's Deer Park refinery",
         "US-Mexico: energy deal",
         """(Reuters) — Mexico's state oil company Pemex received US approval to buy Royal Dutch Shell's stake in the Deer Park refinery in Texas, part of López Obrador's plan to make Mexico self-sufficient in fuel.

The Committee on Foreign Investment in the United States cleared the $596 million deal. Critics in Mexico said the purchase was a poor use of money for a heavily indebted company."""),
    case("n_eco15", "neg-us-mexico-no-migration", "2022-01-18",
         "https://www.washingtonpost-example.com/world/2022/01/18/mexico-dea-agents-restrictions-cooperation/",
         "DEA operations in Mexico shrink under new restrictions",
         "US-Mexico: security cooperation on drugs",
         """US drug agents in Mexico say their work has nearly stopped since Mexico passed a law requiring foreign agents to share information with the government and report all meetings with Mexican officials.

The law followed the arrest in Los Angeles of a former Mexican defence minister, General Salvador Cienfuegos, on drug charges that were later dropped at Mexico's request.

Officials from both countries say cooperation on fentanyl and cartels is improving under the new security framework."""),
    case("n_eco16", "neg-us-mexico-no-migration", "2022-04-10",
         "https://apnews-example.com/article/mexico-recall-referendum-lopez-obrador",
         "López Obrador wins recall vote with low turnout",
         "US-Mexico: Mexican domestic politics",
         """MEXICO CITY (AP) — Mexican President Andrés Manuel López Obrador easily won a referendum on whether he should finish his term, though turnout was only about 18 percent, far below the 40 percent needed for the result to be binding.

Opposition parties had urged supporters to stay home. The president called the vote a triumph for democracy. Analysts in Washington said the result would have little effect on relations with the United States."""),
    case("n_eco17", "neg-us-mexico-no-migration", "2021-09-30",
         "https://www.reuters-example.com/world/americas/us-mexico-cyber-security-cooperation-2021-09-30/",
         "US and Mexico sign cybersecurity cooperation agreement",
         "US-Mexico: cyber cooperation",
         """(Reuters) — US and Mexican officials signed an agreement to share information on cyber threats and protect critical infrastructure, building on the economic dialogue held earlier this month.

Homeland Security's cybersecurity agency will train Mexican officials. Mexico's government has suffered several ransomware attacks, including one on Pemex in 2019."""),
    case("n_eco18", "neg-us-mexico-no-migration", "2022-05-05",
         "https://www.cnbc-example.com/2022/05/05/nearshoring-mexico-factories-supply-chains.html",
         "Companies move factories to Mexico as supply chains shift from Asia",
         "US-Mexico: nearshoring",
         """American companies are expanding factories in northern Mexico to be closer to customers in the United States after pandemic supply chain disruptions, industrial real estate firms say.

Vacancy rates for industrial buildings in Monterrey and Tijuana are near record lows. Analysts say Mexico's energy policy and security problems could limit the boom."""),
    # --- Very short items (feed summary only), not follow-ups ---------------------------------
    case("n_sh01", "neg-short", "2021-07-01",
         "https://www.reuters-example.com/markets/mexico-peso-short",
         "Mexican peso weakens as Fed signals rate rise",
         "short: markets", """The peso fell 1% against the dollar after US Federal Reserve officials said rates may rise sooner than expected."""),
    case("n_sh02", "neg-short", "2021-08-10",
         "https://www.nbcnews-example.com/news/border-patrol-agent-charged-short",
         "Border Patrol agent charged with smuggling drugs in Arizona",
         "short: border agent crime, no migration policy or Mexico role",
         """Prosecutors said the agent used his patrol vehicle to move cocaine from a ranch near Tucson."""),
    case("n_sh03", "neg-short", "2021-11-16",
         "https://www.cnn-example.com/2021/11/16/politics/infrastructure-bill-signing-short",
         "Biden signs $1 trillion infrastructure bill",
         "short: unrelated US politics",
         """The president signed the bipartisan bill at the White House, calling it a once-in-a-generation investment in roads and bridges."""),
    case("n_sh04", "neg-short", "2021-12-06",
         "https://www.bbc-example.co.uk/news/uk-channel-small-boats-short",
         "UK asylum seekers housed in hotels as backlog grows",
         "short: UK asylum",
         """The Home Office is spending millions a day on hotels for people waiting for asylum decisions."""),
    case("n_sh05", "neg-short", "2021-09-15",
         "https://www.espn-example.com/soccer/mexico-usa-world-cup-qualifier-short",
         "Mexico beats US in World Cup qualifier at Azteca",
         "short: sports", """El Tri scored twice in the second half before a sold-out crowd in Mexico City."""),
    case("n_sh06", "neg-short", "2022-02-22",
         "https://www.reuters-example.com/business/mexico-inflation-short",
         "Mexico's inflation stays above 7%",
         "short: economy", """Consumer prices rose faster than expected in the first half of February, the statistics agency said."""),
    case("n_sh07", "neg-short", "2021-10-05",
         "https://www.politico-example.com/news/2021/10/05/daca-rule-short",
         "DHS proposes rule to preserve DACA",
         "short: US immigration no Mexico",
         """The proposed regulation would codify protections for immigrants brought to the US as children."""),
    case("n_sh08", "neg-short", "2022-03-15",
         "https://apnews-example.com/article/poland-ukraine-refugees-short",
         "Poland says it has taken in nearly 2 million refugees",
         "short: other border", """Officials in Warsaw asked the EU for more money to house people fleeing the war in Ukraine."""),
    case("n_sh09", "neg-short", "2021-06-20",
         "https://www.axios-example.com/2021/06/20/texas-heat-grid-short",
         "Texas grid strained as heat wave hits",
         "short: off-topic", """ERCOT asked residents to conserve power as temperatures topped 100 degrees."""),
    case("n_sh10", "neg-short", None,
         "https://www.cnbc-example.com/mexico-tesla-plant-short",
         "Automakers weigh new plants in northern Mexico",
         "short, undated: US-Mexico business", """Executives cited proximity to US customers and lower labor costs."""),
    case("n_sh11", "neg-short", "2021-07-30",
         "https://www.reuters-example.com/world/americas/mexico-cartel-violence-michoacan-short",
         "Cartel violence displaces hundreds in Michoacán",
         "short: Mexico security, internal displacement", """Families fled villages after drone attacks by rival criminal groups, local officials said."""),
    case("n_sh12", "neg-short", "2022-05-02",
         "https://www.nytimes-example.com/2022/05/02/us/supreme-court-leak-short",
         "Leaked draft shows Supreme Court poised to overturn Roe",
         "short: off-topic", """The draft opinion, published by Politico, would end the constitutional right to abortion."""),
    case("n_sh13", "neg-short", "2021-08-30",
         "https://www.cbsnews-example.com/news/afghan-evacuation-ends-short",
         "Last US troops leave Kabul as evacuation ends",
         "short: Afghanistan", """More than 120,000 people were flown out of the country in the final two weeks."""),
    case("n_sh14", "neg-short", "2021-12-20",
         "https://www.reuters-example.com/world/europe/belarus-migrants-short",
         "Migrants leave Belarus border camp as crisis eases",
         "short: other border", """Iraq flew hundreds of its citizens home from Minsk as Polish troops stayed at the border."""),
    # --- Off-topic --------------------------------------------------------------------------
    case("n_off01", "neg-offtopic", "2021-07-23",
         "https://apnews-example.com/article/tokyo-olympics-opening-ceremony",
         "Tokyo Olympics open in near-empty stadium",
         "off-topic: sports",
         """TOKYO (AP) — The Tokyo Olympics opened on Friday night in a stadium almost empty of spectators, a year late and under a state of emergency as coronavirus cases rose in the Japanese capital.

Athletes marched in smaller delegations, wearing masks. Tennis star Naomi Osaka lit the cauldron. Organisers said the Games would show the world's resilience, while polls showed most Japanese people opposed holding them."""),
    case("n_off02", "neg-offtopic", "2021-08-29",
         "https://www.nola-example.com/news/hurricane/article_ida_landfall.html",
         "Hurricane Ida slams Louisiana, knocking out power to New Orleans",
         "off-topic: weather",
         """Hurricane Ida made landfall near Port Fourchon with winds of 150 mph on Sunday, 16 years to the day after Katrina, knocking out power to all of New Orleans.

The storm pushed water over levees in some parishes, and rescuers used boats to reach stranded residents. Officials said restoring electricity could take weeks."""),
    case("n_off03", "neg-offtopic", "2021-10-04",
         "https://www.nytimes-example.com/2021/10/04/technology/facebook-outage.html",
         "Facebook, Instagram and WhatsApp go dark in global outage",
         "off-topic: technology",
         """Facebook and its apps were unreachable for about six hours on Monday after a configuration change to its network routers, cutting off billions of users.

The outage came a day after a whistleblower accused the company of putting profit over safety. Shares fell nearly 5 percent."""),
    case("n_off04", "neg-offtopic", "2021-11-26",
         "https://www.reuters-example.com/business/healthcare-pharmaceuticals/omicron-variant-who-2021-11-26/",
         "WHO names new COVID variant Omicron, calls it 'of concern'",
         "off-topic: health",
         """(Reuters) — The World Health Organization said on Friday that a new coronavirus variant detected in South Africa is a variant of concern, naming it Omicron.

Several countries restricted travel from southern Africa, and stock markets fell. Scientists said it was too early to know whether vaccines would work against it."""),
    case("n_off05", "neg-offtopic", "2022-02-24",
         "https://apnews-example.com/article/russia-ukraine-invasion-kyiv",
         "Russia launches full-scale invasion of Ukraine",
         "off-topic: war",
         """KYIV (AP) — Russian forces attacked Ukraine from the north, east and south on Thursday, firing missiles at cities and military bases in the largest attack on a European state since World War II.

President Volodymyr Zelenskyy declared martial law. President Joe Biden announced sanctions on Russian banks and said Russia's leader chose a war."""),
    case("n_off06", "neg-offtopic", "2021-12-11",
         "https://www.cnn-example.com/2021/12/11/weather/kentucky-tornadoes",
         "Tornadoes tear through Kentucky, killing dozens",
         "off-topic: weather",
         """A series of tornadoes cut across Kentucky and neighbouring states overnight, flattening a candle factory in Mayfield and killing dozens of people.

Gov. Andy Beshear called it the most devastating tornado event in the state's history. President Biden approved an emergency declaration."""),
    case("n_off07", "neg-offtopic", "2022-06-24",
         "https://www.politico-example.com/news/2022/06/24/supreme-court-overturns-roe",
         "Supreme Court overturns Roe v. Wade",
         "off-topic: US politics",
         """The Supreme Court on Friday overturned Roe v. Wade, ending the constitutional right to abortion and allowing states to ban the procedure.

Several states moved immediately to enforce bans. President Biden called it a sad day for the country and urged voters to elect lawmakers who would protect abortion rights."""),
    case("n_off08", "neg-offtopic", "2021-07-11",
         "https://www.bbc-example.co.uk/sport/football/euro-2020-final",
         "Italy beat England on penalties to win Euro 2020",
         "off-topic: sports",
         """Italy won the European Championship at Wembley after beating England 3-2 on penalties following a 1-1 draw.

England had taken an early lead through Luke Shaw. Three young England players missed penalties and later faced racist abuse online, which the prime minister condemned."""),
    case("n_off09", "neg-offtopic", "2022-01-10",
         "https://www.reuters-example.com/business/inflation-us-consumer-prices-2022-01-12/",
         "US consumer prices rise 7%, most in nearly 40 years",
         "off-topic: economy",
         """(Reuters) — US consumer prices rose 7 percent in the year to December, the largest increase since 1982, as shortages of goods and rising rents pushed inflation higher.

The Federal Reserve is expected to start raising interest rates in March. Used car prices rose more than 37 percent."""),
    case("n_off10", "neg-offtopic", "2021-12-25",
         "https://www.nasa-example.gov/news/webb-launch",
         "James Webb Space Telescope launches from French Guiana",
         "off-topic: science",
         """The James Webb Space Telescope launched on an Ariane 5 rocket on Christmas morning, beginning a month-long journey to an orbit a million miles from Earth.

Scientists hope the $10 billion observatory will see the first galaxies formed after the Big Bang."""),
    case("n_off11", "neg-offtopic", "2021-06-24",
         "https://www.miamiherald-example.com/news/local/surfside-condo-collapse.html",
         "Condo building partially collapses in Surfside, Florida",
         "off-topic: local disaster",
         """Part of a 12-story condominium tower in Surfside, near Miami Beach, collapsed early Thursday, and rescuers searched through the rubble for more than 150 people unaccounted for.

Officials said the cause was not known. Residents had raised concerns about structural damage years earlier."""),
    case("n_off12", "neg-offtopic", "2022-03-27",
         "https://www.latimes-example.com/entertainment-arts/story/2022-03-27/oscars-slap",
         "Will Smith slaps Chris Rock on Oscars stage",
         "off-topic: entertainment",
         """Will Smith walked on stage at the Academy Awards and slapped Chris Rock after a joke about his wife, stunning the audience. Less than an hour later, Smith won best actor for King Richard and apologised to the Academy."""),
    # --- Spanish-language Mexican press, not follow-ups ----------------------------------------
    case("n_es01", "neg-spanish", "2021-10-01",
         "https://www.eluniversal-example.com.mx/cartera/reforma-electrica-cfe-iniciativa",
         "AMLO envía al Congreso iniciativa de reforma eléctrica",
         "Spanish: energy reform",
         """El presidente Andrés Manuel López Obrador envió a la Cámara de Diputados una iniciativa de reforma constitucional en materia eléctrica que garantizaría a la Comisión Federal de Electricidad al menos 54 por ciento de la generación.

Empresas privadas y cámaras empresariales advirtieron que la reforma afectaría inversiones y podría violar el T-MEC. El embajador de Estados Unidos, Ken Salazar, dijo que su gobierno tiene preocupaciones. La oposición anunció que votará en contra."""),
    case("n_es02", "neg-spanish", "2021-07-20",
         "https://www.jornada-example.com.mx/notas/2021/07/20/estados/guardia-nacional-michoacan-carteles/",
         "Guardia Nacional refuerza presencia en Michoacán ante enfrentamientos entre cárteles",
         "Spanish: National Guard against cartels (not migration)",
         """La Guardia Nacional y el Ejército enviaron mil elementos adicionales a la región de Tierra Caliente, en Michoacán, tras enfrentamientos entre grupos criminales que han obligado a cientos de familias a abandonar sus comunidades.

Los habitantes denunciaron ataques con drones y bloqueos de carreteras. El gobernador pidió apoyo a la federación para restablecer el orden y garantizar el abasto de alimentos. La Secretaría de Seguridad informó la detención de doce presuntos integrantes de un cártel."""),
    case("n_es03", "neg-spanish", "2021-06-07",
         "https://www.milenio-example.com/politica/elecciones-2021-resultados-morena-camara",
         "Morena pierde mayoría calificada en la Cámara tras elecciones intermedias",
         "Spanish: midterm elections",
         """Morena y sus aliados conservaron la mayoría en la Cámara de Diputados tras las elecciones del domingo, pero perdieron la mayoría calificada necesaria para reformar la Constitución, según el conteo rápido del Instituto Nacional Electoral.

La oposición ganó varias alcaldías en la Ciudad de México. El presidente López Obrador dijo que los resultados fueron buenos para su movimiento. Se eligieron también 15 gubernaturas."""),
    case("n_es04", "neg-spanish", "2021-09-08",
         "https://www.excelsior-example.com.mx/nacional/sismo-acapulco-guerrero",
         "Sismo de magnitud 7.1 sacude Acapulco",
         "Spanish: earthquake",
         """Un sismo de magnitud 7.1 con epicentro cerca de Acapulco, Guerrero, sacudió el centro y sur del país la noche del martes, dejando al menos un muerto y daños en edificios.

En la Ciudad de México sonó la alerta sísmica y miles de personas salieron a las calles. Protección Civil informó que no hubo daños graves en la capital."""),
    case("n_es05", "neg-spanish", "2022-02-15",
         "https://www.eluniversal-example.com.mx/cartera/aguacate-michoacan-suspension-eu",
         "EU suspende importación de aguacate de Michoacán tras amenaza a inspector",
         "Spanish: avocado trade",
         """El Departamento de Agricultura de Estados Unidos suspendió temporalmente la importación de aguacate de Michoacán luego de que un inspector sanitario recibiera una amenaza, informó la Secretaría de Agricultura.

Productores advirtieron pérdidas millonarias. Michoacán es el único estado autorizado para exportar aguacate a Estados Unidos. Autoridades de ambos países trabajan en nuevos protocolos de seguridad."""),
    case("n_es06", "neg-spanish", "2021-11-30",
         "https://www.milenio-example.com/politica/fentanilo-aseguramiento-sinaloa-laboratorio",
         "Aseguran laboratorio de fentanilo en Sinaloa",
         "Spanish: fentanyl seizure",
         """Elementos de la Secretaría de Marina aseguraron un laboratorio clandestino en Culiacán, Sinaloa, donde se producían pastillas de fentanilo, informó la dependencia.

El operativo se realizó con información compartida por agencias de Estados Unidos, en el marco de la cooperación en seguridad. No hubo detenidos. Las muertes por sobredosis en Estados Unidos superaron las cien mil en un año."""),
    case("n_es07", "neg-spanish", "2021-12-20",
         "https://www.proceso-example.com.mx/nacional/2021/12/20/vacunacion-refuerzo-adultos-mayores/",
         "Inicia aplicación de refuerzo contra COVID para adultos mayores",
         "Spanish: vaccines",
         """La Secretaría de Salud inició la aplicación de dosis de refuerzo contra COVID-19 para personas mayores de 60 años en todo el país, ante la llegada de la variante ómicron.

El subsecretario Hugo López-Gatell dijo que se usarán vacunas de AstraZeneca donadas y compradas. Las autoridades pidieron mantener el uso de cubrebocas en las fiestas."""),
    case("n_es08", "neg-spanish", "2022-03-21",
         "https://www.jornada-example.com.mx/notas/2022/03/21/capital/aifa-inauguracion/",
         "Inauguran el Aeropuerto Internacional Felipe Ángeles",
         "Spanish: new airport opening (airports word, no migration)",
         """El presidente López Obrador inauguró el Aeropuerto Internacional Felipe Ángeles, en Santa Lucía, Estado de México, construido por ingenieros militares.

Las primeras aerolíneas iniciaron vuelos a Cancún, Tijuana y Monterrey. Críticos señalaron problemas de acceso y pocas rutas. El gobierno aseguró que el aeropuerto ayudará a descongestionar el de la Ciudad de México."""),
    case("n_es09", "neg-spanish", "2022-01-14",
         "https://www.elfinanciero-example.com.mx/economia/peso-dolar-tipo-de-cambio-enero",
         "El peso cierra la semana con ganancias frente al dólar",
         "Spanish: currency",
         """El peso mexicano cerró la semana con una ganancia de 0.8 por ciento frente al dólar, apoyado por datos de inflación en Estados Unidos y expectativas sobre la Reserva Federal.

Analistas esperan que el Banco de México vuelva a subir su tasa de interés en febrero para contener la inflación."""),
    case("n_es10", "neg-spanish", "2021-10-08",
         "https://www.eluniversal-example.com.mx/nacion/tmec-disputa-automotriz-reglas-origen",
         "México y Canadá mantienen disputa con EU por reglas de origen automotriz",
         "Spanish: trade dispute",
         """La Secretaría de Economía informó que México y Canadá solicitaron un panel bajo el T-MEC para resolver la disputa con Estados Unidos sobre el cálculo del contenido regional en automóviles.

La industria automotriz advirtió que la interpretación estadounidense podría encarecer la producción en México. Washington sostiene que su lectura se ajusta al tratado."""),
    # --- Later years: "beyond the story's horizon" until a story got no fixed end (issue 18). ----
    # The first two retell the storyline (Mexico holding migrants back at Washington's request)
    # and are follow-ups now; their ids are kept so their splits stay as they were.
    case("n_hz01", "followup-later-years", "2023-05-11",
         "https://apnews-example.com/article/title-42-ends-border-mexico-2023",
         "Title 42 ends as migrants crowd border with Mexico",
         "later years: Mexico keeps accepting returned non-Mexicans as Title 42 ends",
         """EL PASO, Texas (AP) — The Title 42 public health order expired at midnight on Thursday, ending more than three years of rapid expulsions of migrants to Mexico, as thousands waited in Mexican border cities to cross.

The Biden administration put new rules in place that make it harder to claim asylum for people who crossed through other countries. Mexico agreed to keep accepting Venezuelans, Cubans, Haitians and Nicaraguans turned back from the border.

Homeland Security Secretary Alejandro Mayorkas warned that the border was not open and that people who cross illegally would be deported."""),
    case("n_hz02", "followup-later-years", "2023-12-28",
         "https://www.reuters-example.com/world/americas/blinken-mexico-lopez-obrador-migration-2023-12-28/",
         "Blinken and Mayorkas meet López Obrador as border crossings hit record",
         "later years: Washington presses Mexico after record crossings; Mexico steps up enforcement",
         """MEXICO CITY (Reuters) — Secretary of State Antony Blinken and Homeland Security Secretary Alejandro Mayorkas met Mexican President Andrés Manuel López Obrador on Wednesday to seek more enforcement against migrants after record border crossings forced the closure of rail bridges in Texas.

Mexico agreed to step up operations by its National Guard and migration agents and to deport more people from its southern border, officials said."""),
    case("n_hz03", "neg-later-lookalike", "2024-06-04",
         "https://www.nytimes-example.com/2024/06/04/us/politics/biden-asylum-executive-order.html",
         "Biden issues order to shut down asylum when border crossings surge",
         "later years look-alike: a US-only asylum measure; Mexico only in passing",
         """President Biden signed an executive order on Tuesday that will turn away migrants who cross the border with Mexico illegally once crossings exceed 2,500 a day, the most restrictive border policy of his presidency.

Mexico's new president-elect said she would continue cooperation on migration. Immigrant advocates said they would sue."""),
]  # fmt: skip
