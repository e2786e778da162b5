"""Follow-ups of the baseline story, written for the judgement set (original prose).

Each is a short news article about a real development from June 2021 into 2022.
"""

# ruff: noqa: E501  (article prose and URLs: one paragraph per line reads best)
from __future__ import annotations

from bench.judgement.casebook import Case, case

CASES: list[Case] = [
    # --- Harris's trip to Guatemala and Mexico, June 2021 -------------------------------
    case("h01", "followup-harris-visit", "2021-06-07",
         "https://www.reuters-example.com/world/americas/harris-guatemala-do-not-come-2021-06-07/",
         "Harris tells Guatemalans 'do not come' as she opens first foreign trip",
         "Harris's Guatemala leg: US pushes regional enforcement before Mexico stop",
         """Vice President Kamala Harris used her first stop abroad on Monday to deliver a blunt message to would-be migrants in Guatemala: do not make the dangerous trek to the United States border, because they will be turned back.

Standing beside Guatemalan President Alejandro Giammattei, Harris said the Biden administration would keep enforcing the law at the southern border while it spends money on the root causes of migration in Central America. Officials travelling with her said a joint task force on human smuggling and trafficking would be set up with Guatemala, and that the US would fund programmes for young people and small farmers.

Harris flies to Mexico City on Tuesday to meet President Andrés Manuel López Obrador. Aides said she would press Mexico to keep up enforcement along its own southern border with Guatemala, where Mexican authorities have stepped up checkpoints this year, and to take back more of the families expelled by US border agents under the Title 42 health order.

Immigrant advocates criticised the "do not come" line, saying people fleeing violence have a legal right to seek asylum."""),
    case("h02", "followup-harris-visit", "2021-06-08",
         "https://apnews-example.com/article/kamala-harris-mexico-lopez-obrador-meeting",
         "Harris and López Obrador sign agreement on migration, development in Mexico City",
         "Harris-AMLO meeting: the meeting the baseline anticipated, with migration commitments",
         """MEXICO CITY (AP) — Vice President Kamala Harris met Mexican President Andrés Manuel López Obrador at the National Palace on Tuesday and the two governments signed a memorandum of understanding to cooperate on development programmes in El Salvador, Guatemala and Honduras, the countries most migrants crossing Mexico come from.

The meeting was the centrepiece of a two-day trip meant to show that the Biden administration wants more from Mexico than enforcement. Still, US officials said migration dominated the private conversation. Washington wants Mexico to keep detaining and returning Central Americans before they reach the US border, and to receive more families that US agents expel under the pandemic-era Title 42 order.

López Obrador told reporters the two leaders agreed that migration should be addressed by creating jobs and opportunities. He again proposed that the US extend his tree-planting programme, Sembrando Vida, to Central America and grant temporary work visas to those who take part.

Harris announced US funding for labour reforms in Mexico and a new effort on the thousands of disappearances in the country. She said the relationship was entering "a new era"."""),
    case("h03", "followup-harris-visit", "2021-06-09",
         "https://www.politico-example.com/news/2021/06/09/harris-trip-mexico-border-criticism",
         "Harris returns from Mexico trip facing questions on border visit",
         "coverage of Harris trip outcomes with Mexico enforcement commitments",
         """Vice President Kamala Harris returned to Washington on Wednesday after two days in Guatemala and Mexico, with Republicans attacking her for not going to the US-Mexico border and some Democrats uneasy about her warning to migrants not to come.

White House officials pointed to what they called concrete results. In Mexico City, Harris and President Andrés Manuel López Obrador agreed to a dialogue on migration and economic development, and Mexican officials promised to continue deploying the National Guard to stop smugglers along the country's southern border.

Officials also said the two sides discussed how many families Mexico will take back after they are expelled by US border agents. Mexico has limited those returns in some states since a Mexican law barred holding children in immigration detention centres, leaving the Border Patrol to release families in Texas border towns.

Harris defended the trip, saying the root causes of migration could not be solved at the border. "Our work is long term," she told reporters. Homeland Security Secretary Alejandro Mayorkas is expected in Mexico later this month to follow up on the enforcement requests."""),
    case("h04", "followup-harris-visit", "2021-06-08",
         "https://www.washingtonpost-example.com/politics/2021/06/08/harris-mexico-labor-funding/",
         "Harris pledges $130 million for Mexican labor reform as migration talks continue",
         "funding announcements after the Harris-Mexico meeting that the baseline previewed",
         """Vice President Kamala Harris said on Tuesday that the United States would give $130 million over three years to help Mexico carry out the labour reforms required by the new North American trade agreement, one of several announcements after her meeting with Mexican President Andrés Manuel López Obrador.

The administration also said it would invest in southern Mexico, support Mexican forensic teams working on tens of thousands of missing person cases, and study the Mexican president's proposal for temporary work visas tied to development programmes in Central America.

The announcements were designed to present the visit as more than a migration negotiation. But a US official briefing reporters said the most pressing matter remained the number of migrants travelling through Mexico to the US border, and that Mexico had agreed to keep its immigration enforcement operations in the south, where its National Migration Institute and National Guard patrol the crossings of the Suchiate River.

Harris, who leads the administration's diplomatic work on migration, called López Obrador a partner and said the two would meet again. Mexico's foreign minister, Marcelo Ebrard, said the visit "went very well"."""),
    case("h05", "followup-harris-visit", "2021-06-10",
         "https://www.nytimes-example.com/2021/06/10/us/politics/harris-mexico-guatemala-trip-analysis.html",
         "What Harris got, and didn't, from Guatemala and Mexico",
         "analysis of Harris trip results including Mexico's enforcement role",
         """Kamala Harris's first trip as vice president produced a handful of agreements, several funding announcements and one line that overshadowed everything: her warning to Guatemalans not to come to the United States.

Behind the public events, the Biden administration's goal in Mexico was more practical. Officials wanted assurances that Mexico would keep stopping migrants at its southern border, accept families expelled by US agents under the Title 42 public health rule, and tighten controls at its airports, which migrants from South America and elsewhere have used to reach the US border quickly.

Mexican officials made no public commitment on airports or visas, but a Mexican diplomat said the country's migration agency was reviewing entry rules for some nationalities. President Andrés Manuel López Obrador repeated that Mexico would not act as Washington's enforcer and that development, not police, would reduce migration.

For now, officials said, Mexico has agreed to keep thousands of National Guard troops on immigration duty. Whether that holds as crossings rise through the summer will be the real test of the trip."""),
    case("h06", "followup-harris-visit", "2021-06-25",
         "https://www.cbsnews-example.com/news/kamala-harris-el-paso-border-visit-mexico/",
         "Harris visits El Paso, says Mexico cooperation key to managing border",
         "Harris border visit explicitly tied to Mexico cooperation on enforcement",
         """EL PASO, Texas — Vice President Kamala Harris made her first visit to the US-Mexico border on Friday, touring a Customs and Border Protection processing centre and meeting migrant children and advocates in El Paso.

Harris, who has faced weeks of criticism for not coming sooner, said the trip followed her visit to Mexico and Guatemala earlier this month, and that stopping irregular migration required work on both sides of the border. She said Mexico had committed to continue enforcement on its southern border with Guatemala and to cooperate against smuggling networks.

Across the river in Ciudad Juárez, hundreds of migrants expelled by US border agents under Title 42 are waiting in shelters, many of them families from Central America. Mexican officials have accepted some of them and flown others to southern Mexico.

Harris did not announce new policies. Homeland Security Secretary Alejandro Mayorkas, who travelled with her, said the administration would continue to press Mexico and Central American governments, and that the department was preparing for more arrivals in the summer months."""),
    # --- Mayorkas's trips -------------------------------------------------------------------
    case("m01", "followup-mayorkas-trips", "2021-06-15",
         "https://www.reuters-example.com/world/americas/mayorkas-mexico-city-visit-ebrard-2021-06-15/",
         "US Homeland Security chief Mayorkas meets Mexican officials on migration",
         "Mayorkas's Mexico visit that the baseline said was planned for later in June",
         """MEXICO CITY (Reuters) — US Homeland Security Secretary Alejandro Mayorkas met Mexican Foreign Minister Marcelo Ebrard and Interior Minister Olga Sánchez Cordero on Tuesday to discuss migration, security and the reopening of the shared border, according to both governments.

A Mexican foreign ministry statement said the talks covered "safe, orderly and regular migration" and joint work against human trafficking. A US official said Mayorkas asked Mexico to increase the number of migrants it detains and returns, to take back more families expelled from the US, and to step up checks at airports used by people travelling to northern Mexico to cross the border.

Mexico has deployed thousands of National Guard members to its borders since 2019 and recently began flying migrants expelled by the US to the south of the country, from where they are bussed to Guatemala.

Mayorkas's visit follows Vice President Kamala Harris's trip to Mexico City last week. The two countries are also negotiating the gradual reopening of land crossings, closed to non-essential travel since March 2020."""),
    case("m02", "followup-mayorkas-trips", "2021-07-07",
         "https://www.axios-example.com/2021/07/07/mayorkas-guatemala-trip-migration",
         "Mayorkas heads to Guatemala and Mexico as border arrests climb",
         "Mayorkas regional trip with Mexico enforcement focus",
         """Homeland Security Secretary Alejandro Mayorkas will travel to Guatemala and Mexico this week, his department said Wednesday, as border arrests reached a 20-year high in June.

In Guatemala City, Mayorkas is expected to announce help for Guatemala's border police and support for the return of people deported from Mexico and the United States. He will then meet Mexican officials to review commitments made during Vice President Kamala Harris's visit, including the deployment of Mexican National Guard troops along the border with Guatemala and cooperation against smuggling organisations.

Customs and Border Protection recorded more than 188,000 encounters at the southwest border in June. Many of those were single adults expelled to Mexico under Title 42, the public health order that lets agents return migrants without an asylum hearing. Some were caught several times.

A DHS spokesperson said the secretary would also discuss Mexico's growing role as a destination for asylum seekers. Mexico's refugee agency, COMAR, has received a record number of applications this year, most of them in Tapachula."""),
    case("m03", "followup-mayorkas-trips", "2021-10-08",
         "https://www.wsj-example.com/articles/blinken-mayorkas-mexico-city-talks-11633700000",
         "Blinken, Mayorkas and Garland in Mexico City for security talks; migration on agenda",
         "cabinet trip to Mexico: security dialogue includes migrant smuggling",
         """MEXICO CITY — Secretary of State Antony Blinken, Homeland Security Secretary Alejandro Mayorkas and Attorney General Merrick Garland met President Andrés Manuel López Obrador on Friday for the first high-level security talks between the two governments in years.

The new arrangement, which both sides called the Bicentennial Framework, replaces the Mérida Initiative and promises to focus on public health, the illegal trade in firearms and the networks that smuggle migrants through Mexico. Mayorkas said the US and Mexico would form a joint team to target smuggling and trafficking groups, which have profited from the surge of people heading north.

The talks came weeks after thousands of Haitian migrants camped under a bridge in Del Rio, Texas, and as Mexico prepared to comply with a US court order to restart the Remain in Mexico programme, under which asylum seekers wait in Mexico for their US hearings. Mexican officials said the program was not discussed in detail.

"We are working together on migration as partners," Ebrard said after the meeting."""),
    case("m04", "followup-mayorkas-trips", "2022-04-20",
         "https://www.reuters-example.com/world/americas/mayorkas-panama-migration-ministers-2022-04-20/",
         "Mayorkas and Blinken meet Latin American ministers in Panama as Title 42 end nears",
         "regional ministerial with Mexico, ahead of Title 42 termination",
         """PANAMA CITY (Reuters) — US Secretary of State Antony Blinken and Homeland Security Secretary Alejandro Mayorkas met foreign ministers from across the Americas in Panama on Wednesday, seeking regional help to manage migration as the United States prepares to end the Title 42 expulsion order next month.

Mexico's delegation, led by Foreign Minister Marcelo Ebrard, said Mexico would keep working with Washington but could not absorb unlimited numbers of people returned from the US border. Under Title 42, the US has expelled hundreds of thousands of Mexicans and Central Americans to Mexico since 2020.

Mayorkas told reporters that smugglers were spreading false information about the policy change and that people who cross illegally would still be removed. US officials want Mexico to maintain enforcement at its southern border and keep visa requirements it introduced for Venezuelans and others, which sharply reduced arrivals by air.

The ministers are preparing a migration declaration to be signed at the Summit of the Americas in Los Angeles in June."""),
    case("m05", "followup-mayorkas-trips", "2021-12-08",
         "https://www.cnn-example.com/2021/12/08/politics/mayorkas-mexico-visit-december",
         "Mayorkas meets Mexico's foreign minister as 'Remain in Mexico' resumes",
         "Mayorkas talks with Mexico alongside MPP restart",
         """Homeland Security Secretary Alejandro Mayorkas spoke with Mexican Foreign Minister Marcelo Ebrard this week as the Trump-era Remain in Mexico program restarted under a federal court order, a DHS official said Wednesday.

The first asylum seekers under the revived program were returned to Ciudad Juárez from El Paso on Wednesday. Mexico had agreed to accept them only after the Biden administration promised changes, including faster hearings, access to lawyers and COVID-19 vaccines for those enrolled, and exemptions for vulnerable people.

Mayorkas has said he opposes the program and that his department issued a new memo to end it, but that it must comply with the order while appeals continue. Mexican officials have insisted the decision to accept returnees is their own, made for humanitarian reasons.

The two officials also discussed the smuggling network linked to a truck crash in Chiapas that killed more than 50 migrants, according to the Mexican foreign ministry, and agreed to form a joint investigation team."""),
    # --- Title 42 ---------------------------------------------------------------------------
    case("t01", "followup-title42", "2021-07-26",
         "https://www.buzzfeednews-example.com/article/title-42-expulsion-flights-southern-mexico",
         "US begins flying expelled migrant families to southern Mexico",
         "Title 42 lateral flights to southern Mexico: development of the baseline's detail",
         """The Biden administration has started flying some migrant families caught crossing the border in Texas to southern Mexico and expelling them there under Title 42, a practice that sends people hundreds of miles from the point where they crossed.

Homeland Security officials said the flights, from Texas to Villahermosa and Tapachula, are meant to stop families from trying again right away. From the southern Mexican cities, Mexico's National Migration Institute takes many of the families to the Guatemalan border. Mexico agreed to receive the flights after weeks of talks, officials said.

Advocates said some families were taken to a bridge into Guatemala even when they were Honduran or Salvadoran, and that parents had no chance to ask for asylum in either country. A DHS spokesperson said the flights comply with Mexican and US law and that Title 42 remains in place because of COVID-19.

The expulsions add to pressure on shelters in Chiapas and Tabasco, where thousands of people are already waiting for Mexican asylum decisions."""),
    case("t02", "followup-title42", "2021-08-03",
         "https://www.nbcnews-example.com/politics/immigration/cdc-extends-title-42-families",
         "CDC keeps Title 42 border expulsions in place as delta variant spreads",
         "Title 42 renewed; Mexico limits on accepting families",
         """The Centers for Disease Control and Prevention on Monday renewed the public health order that allows border agents to expel migrants quickly, citing the spread of the delta variant, in a setback for advocates who expected the Biden administration to phase it out.

Under the order, known as Title 42, most single adults and many families caught crossing from Mexico are returned there or flown to their home countries without being allowed to apply for asylum. Mexico accepts expelled Mexicans and Central Americans, but has refused to take young children in parts of Tamaulipas, so many families there are allowed into the US instead.

The CDC said conditions in border facilities made it hard to prevent outbreaks. Immigration lawyers said the order is being used as a migration tool and that they would return to court.

The Border Patrol reported more than 210,000 encounters in July, the highest monthly number in two decades. Officials said about half were expelled under Title 42."""),
    case("t03", "followup-title42", "2021-09-16",
         "https://www.politico-example.com/news/2021/09/16/judge-blocks-title-42-families-512345",
         "Federal judge blocks Biden from expelling migrant families under Title 42",
         "court fight over Title 42 family expulsions",
         """A federal judge in Washington on Thursday ordered the Biden administration to stop using the Title 42 public health order to expel migrant families, ruling that the law does not authorise the government to send families back without letting them seek asylum.

Judge Emmet Sullivan's ruling in a lawsuit brought by the American Civil Liberties Union takes effect in 14 days. The administration is expected to appeal. Most families expelled under the order have been returned across the border to Mexico, which agreed last year to receive Mexican and Central American families, though Mexico has limited those returns in some areas.

The decision does not affect single adults, who make up the majority of people expelled. Administration officials have argued the order is still needed because of the pandemic.

Shelters in Mexican border cities such as Reynosa and Tijuana said they were preparing for families who may now try to enter the United States, and those who had been expelled in recent months and are waiting nearby."""),
    case("t04", "followup-title42", "2022-03-04",
         "https://www.reuters-example.com/legal/appeals-court-title-42-families-2022-03-04/",
         "Appeals court lets US keep expelling families under Title 42, but not to danger",
         "DC Circuit Title 42 ruling; expulsions to Mexico continue",
         """WASHINGTON (Reuters) — A US appeals court on Friday allowed the Biden administration to keep expelling migrant families under the Title 42 public health order, but said the government cannot send them to places where they would be persecuted or tortured.

The ruling by the US Court of Appeals for the District of Columbia Circuit was a partial win for the American Civil Liberties Union. Judges said the order appeared lawful but that migrants must be able to seek protection under a narrower form of relief before being expelled.

Most families expelled under the order are returned to Mexico, which has agreed to take Mexicans, Guatemalans, Hondurans and Salvadorans. Others are flown to countries including Haiti. Advocates say many families are left in dangerous Mexican border cities.

The CDC is reviewing the order and must decide by the end of March whether to extend it. Homeland Security officials are preparing for a possible rise in crossings if it ends."""),
    case("t05", "followup-title42", "2022-04-01",
         "https://www.nytimes-example.com/2022/04/01/us/politics/title-42-cdc-end.html",
         "C.D.C. to end Title 42 border expulsions on May 23",
         "Title 42 termination announced: consequences for Mexico",
         """The Centers for Disease Control and Prevention said on Friday that it would end the pandemic-era order that has allowed the United States to expel migrants at the border with Mexico nearly two million times, ending a policy that began under President Donald J. Trump.

The order will remain in place until May 23 to give the Department of Homeland Security time to prepare. Secretary Alejandro Mayorkas said the department expected more people to arrive and would move agents and medical staff to the border.

The decision has consequences for Mexico, which has received most of the people expelled under the order, including families sent back across the Rio Grande and Central Americans whom Mexico then bussed or flew to its southern border. Mexican officials said they had not been consulted on the timing and would seek talks with Washington.

Republicans and some Democrats in border states criticised the decision, saying the administration had no plan. Several Republican-led states said they would sue to keep the order."""),
    case("t06", "followup-title42", "2022-05-20",
         "https://apnews-example.com/article/title-42-louisiana-judge-blocks-end",
         "Judge blocks Biden plan to lift Title 42 border restrictions",
         "court keeps Title 42 in place; migrants waiting in Mexico",
         """LAFAYETTE, La. (AP) — A federal judge in Louisiana on Friday blocked the Biden administration from ending the Title 42 public health rule, ruling in favour of two dozen states that argued the change would bring more migrants and costs.

US District Judge Robert Summerhays issued the order days before the rule was set to expire on Monday. The Justice Department said it would appeal.

In Mexican border cities, thousands of migrants had been waiting for the end of the order. In Tijuana and Reynosa, shelter operators said families were disappointed and confused. Mexican authorities had increased patrols near the Rio Grande and warned migrants against crossing.

The order has been used more than 1.9 million times to expel migrants, mostly to Mexico. The Biden administration had prepared to process more asylum seekers and to deport faster those who do not qualify, and had asked Mexico and other countries to do more to stop people heading north."""),
    case("t07", "followup-title42", "2021-06-21",
         "https://www.texastribune-example.org/2021/06/21/title-42-families-mexico-tamaulipas/",
         "Mexico's refusal to take back families under Title 42 leads to releases in Rio Grande Valley",
         "the baseline's families detail: Mexico not taking expelled families, releases in Texas",
         """McALLEN — Hundreds of migrant families caught crossing the Rio Grande each day are being released into South Texas because authorities in the Mexican state of Tamaulipas are not accepting most families with young children expelled under Title 42, according to Border Patrol agents and shelter workers.

The state's child protection agency has said it lacks space since a Mexican law took effect in January that bars holding children in immigration detention centres. The Biden administration has asked Mexico to take back more Central American families, but so far returns have continued mainly in other border states.

Families released in McAllen and Brownsville are given notices to appear in immigration court and are tested for COVID-19 by local charities. City officials said the numbers are manageable but rising.

A Homeland Security spokesperson said the department is working "closely with the government of Mexico" and that families who cannot be expelled are placed in removal proceedings, including a faster docket launched last month."""),
    case("t08", "followup-title42", "2021-08-12",
         "https://www.washingtonpost-example.com/immigration/2021/08/12/expulsion-flights-mexico-guatemala-border/",
         "Mexico buses migrants from US expulsion flights to remote Guatemala border post",
         "Mexico's role in moving expelled migrants to Guatemala",
         """Migrants expelled from the United States on flights to southern Mexico are being put on buses by Mexican immigration agents and driven to El Ceibo, a remote crossing into Guatemala, where many are left without food or shelter, according to aid groups and Guatemalan officials.

The practice is part of an arrangement between Washington and Mexico City to move people expelled under Title 42 far from the US border. Guatemala's government said it was not consulted and asked Mexico to stop sending non-Guatemalans across.

Mexico's National Migration Institute did not respond to requests for comment. A US official said the flights to Villahermosa and Tapachula would continue.

Guatemalan shelters at El Ceibo said they received hundreds of people in a week, most of them Honduran families. Some said they had tried to apply for asylum after crossing into Texas and were instead expelled within hours."""),
    # --- Remain in Mexico / MPP restart ----------------------------------------------------
    case("r01", "followup-mpp-restart", "2021-08-14",
         "https://www.reuters-example.com/world/us/judge-orders-remain-in-mexico-reinstated-2021-08-14/",
         "Texas judge orders Biden administration to reinstate 'Remain in Mexico'",
         "court orders MPP restart, needs Mexico's agreement",
         """(Reuters) — A federal judge in Texas on Friday ordered the Biden administration to restart the Trump-era Migrant Protection Protocols, under which tens of thousands of asylum seekers were made to wait in Mexico while their cases moved through US immigration courts.

US District Judge Matthew Kacsmaryk said the administration had not properly ended the policy and must make a good-faith effort to reinstate it. The ruling, in a lawsuit by Texas and Missouri, takes effect in a week.

The program cannot operate without Mexico, which must agree to receive non-Mexican asylum seekers. Mexico's foreign ministry said it had not been notified of any change and that its immigration policy is decided in Mexico.

The Department of Homeland Security, which formally ended the program on June 1, said it would appeal. About 70,000 people were enrolled under Trump, many of them stranded for months in tents in Matamoros and other Mexican border cities."""),
    case("r02", "followup-mpp-restart", "2021-08-24",
         "https://www.npr-example.org/2021/08/24/supreme-court-remain-in-mexico",
         "Supreme Court refuses to block order to restart Remain in Mexico",
         "Supreme Court MPP decision; talks with Mexico needed",
         """The Supreme Court on Tuesday refused to put on hold a lower court ruling that requires the Biden administration to revive the Remain in Mexico policy, a significant setback for the president's immigration agenda.

The order leaves the administration to work out how to restart a program that depends on Mexico's cooperation. Homeland Security officials said they would begin talks with the Mexican government immediately while continuing to challenge the ruling.

Mexico's foreign ministry said Wednesday that it would review the situation and hold talks with Washington, adding that Mexico was not bound by a US court order.

Under the policy, asylum seekers from Central and South America were sent across the border to wait for hearings in places like Tijuana, Ciudad Juárez and Matamoros. Rights groups documented hundreds of kidnappings and assaults of people enrolled in the program."""),
    case("r03", "followup-mpp-restart", "2021-10-29",
         "https://www.cbsnews-example.com/news/remain-in-mexico-new-memo-mayorkas-terminate/",
         "DHS issues new memo to end Remain in Mexico while preparing to restart it",
         "second MPP termination memo, Mexico conditions",
         """Homeland Security Secretary Alejandro Mayorkas issued a new memo on Friday to end the Remain in Mexico policy, saying its costs outweigh its benefits, but the department said it would still restart the program next month to comply with a court order.

The memo is an attempt to satisfy the judge who found that the first termination, in June, was not adequately explained. It will not take effect until the court order is lifted.

Meanwhile, officials said negotiations with Mexico over the program's return were close to complete. Mexico has asked for shorter waits, better access to lawyers, protections for vulnerable people, and assurances about security in border cities where enrollees will wait. The US has been preparing tent courts in Laredo and Brownsville.

Mayorkas wrote that the program "had endemic flaws, imposed unjustifiable human costs" and pulled resources from other priorities."""),
    case("r04", "followup-mpp-restart", "2021-12-02",
         "https://apnews-example.com/article/remain-in-mexico-restart-mexico-agrees",
         "US to restart 'Remain in Mexico' after Mexico agrees",
         "Mexico agrees to accept MPP returns",
         """SAN DIEGO (AP) — The Biden administration will restart the Remain in Mexico policy next week after Mexico agreed to accept asylum seekers sent back to wait for US hearings, officials from both countries said Thursday.

The program will resume first in El Paso, San Diego and Laredo. Mexico's foreign ministry said it accepted for humanitarian reasons after the US agreed to several conditions: hearings within six months, legal information and transport to and from ports of entry, COVID-19 vaccines for enrollees, and exemptions for vulnerable groups such as people with disabilities.

The new version expands eligibility to people from across the Western Hemisphere, including Haitians, though Mexicans are not enrolled because they cannot be sent to their own country to wait.

Administration officials said they had to comply with a court order despite believing the policy is inhumane. Mexican officials said their agreement could be withdrawn if the conditions are not met."""),
    case("r05", "followup-mpp-restart", "2021-12-08",
         "https://www.elpasotimes-example.com/story/news/immigration/2021/12/08/first-asylum-seekers-returned-ciudad-juarez-remain-in-mexico/",
         "First asylum seekers returned to Ciudad Juárez as 'Remain in Mexico' resumes",
         "MPP returns begin in Ciudad Juárez",
         """The first asylum seekers enrolled in the revived Migrant Protection Protocols crossed back into Ciudad Juárez on Wednesday, escorted by US officials to the middle of an international bridge and handed to Mexican immigration agents.

Mexico's National Migration Institute said it received two men, both from Colombia, and took them to a shelter run by the federal government. Both have hearings scheduled in El Paso in January.

Shelter directors in Juárez said they were worried about space and safety, and that the city's shelters were already full of families expelled under Title 42. "We do not know how many will come," one said.

The Department of Homeland Security said it would expand the program to other ports in the coming weeks. Advocates in El Paso said they would try to provide lawyers, but that representation was nearly impossible for people waiting in Mexico."""),
    case("r06", "followup-mpp-restart", "2022-06-30",
         "https://www.nytimes-example.com/2022/06/30/us/politics/supreme-court-remain-in-mexico.html",
         "Supreme Court says Biden can end 'Remain in Mexico' policy",
         "final MPP court ruling",
         """The Supreme Court ruled on Thursday that the Biden administration may end the Remain in Mexico program, which requires asylum seekers arriving at the southern border to wait in Mexico while their claims are heard.

Chief Justice John G. Roberts Jr., writing for a 5-to-4 majority, said the immigration statute did not require the government to return people to Mexico and that the lower courts had intruded on the executive's authority in foreign relations with Mexico.

The program was revived in December under a court order, after Mexico agreed to take back non-Mexican asylum seekers. About 5,000 people have been enrolled since then, far fewer than under President Trump.

Homeland Security officials said they would wind the program down once the lower court lifts its order. Mexico's foreign ministry said it welcomed the decision and would continue to talk with the United States about orderly migration."""),
    case("r07", "followup-mpp-restart", "2022-01-13",
         "https://www.buzzfeednews-example.com/article/remain-in-mexico-expansion-brownsville",
         "Remain in Mexico expands to Brownsville as few asylum seekers get lawyers",
         "MPP expansion, Mexico conditions",
         """The revived Remain in Mexico program expanded this week to Brownsville, Texas, and officials expect to return asylum seekers to the Mexican city of Matamoros, where a tent camp of people waiting under the original program was cleared a year ago.

Documents obtained by BuzzFeed News show that the Department of Homeland Security has enrolled a few hundred people so far, most of them Nicaraguans and Venezuelans, and that only a small fraction have found lawyers. Mexico agreed to the program on condition that enrollees get hearings within six months and safe transport to court.

Mexican officials have complained that the US has not always told them in advance how many people would be returned, according to the documents. A DHS spokesperson said the department was coordinating closely with Mexico.

The Biden administration continues to fight the court order that forced it to restart the program and has asked the Supreme Court to hear the case."""),
    # --- Mexico's enforcement ----------------------------------------------------------------
    case("e01", "followup-mexico-enforcement", "2021-06-23",
         "https://www.reuters-example.com/world/americas/mexico-national-guard-southern-border-2021-06-23/",
         "Mexico sends more National Guard troops to southern border after US pressure",
         "Mexico increases enforcement deployment after the US requests",
         """MEXICO CITY (Reuters) — Mexico is sending more National Guard members to its southern border with Guatemala, the defence ministry said, weeks after US officials asked the government to do more to stop migrants heading north.

About 10,000 soldiers and guard members are already assigned to immigration duties across the country. New units will staff checkpoints on highways out of Chiapas and Tabasco, where smugglers move people in trucks and buses.

Mexican officials deny that the deployment responds to Washington, saying Mexico protects migrants' rights and enforces its own laws. But the move follows a visit by Vice President Kamala Harris and talks with Homeland Security Secretary Alejandro Mayorkas, who asked Mexico to increase arrests of people crossing its territory.

Migrant shelters in Tapachula said raids had increased, with people detained on the street and at bus stations even when they carried papers showing pending asylum claims."""),
    case("e02", "followup-mexico-enforcement", "2021-09-01",
         "https://apnews-example.com/article/mexico-migrants-tapachula-raids-national-guard",
         "Mexican agents break up migrant groups leaving Tapachula",
         "Mexican enforcement against migrant groups at Tapachula",
         """TAPACHULA, Mexico (AP) — Mexican immigration agents and National Guard troops broke up a group of several hundred migrants who tried to walk north from the southern city of Tapachula on Wednesday, the fourth such attempt in a week.

Video showed agents in riot gear chasing migrants, among them Haitians and Central Americans, and an agent kicking a man on the ground. Mexico's National Migration Institute said it had suspended two agents and would investigate.

Thousands of migrants are stuck in Tapachula, near the Guatemalan border, waiting for asylum decisions or papers that would let them travel. Many say they want to reach the United States. The city's refugee office has a backlog of months.

The crackdown comes as the Biden administration presses Mexico to contain migration before people reach the US border. US officials have praised Mexico's cooperation, while human rights groups accuse both governments of turning Mexico into a wall."""),
    case("e03", "followup-mexico-enforcement", "2021-11-10",
         "https://www.wsj-example.com/articles/mexico-record-migrant-detentions-2021-11636500000",
         "Mexico detains record number of migrants as US border arrests climb",
         "Mexico's detention figures rise under US pressure",
         """Mexico detained more than 190,000 migrants in the first nine months of the year, a record, according to government figures, as the country's immigration enforcement grows in step with pressure from Washington.

Most of those detained were from Honduras and Guatemala, but the numbers of Haitians, Venezuelans, Cubans and Brazilians rose sharply. Mexico deported more than 80,000 people in the same period.

Analysts said the figures reflect both more people moving through Mexico and a deliberate strategy. "Mexico is the first line of US border enforcement," said a researcher at the Colegio de la Frontera Norte. The National Guard, created in 2019 to fight crime, now spends much of its time on migration checkpoints.

The Biden administration has asked Mexico to increase arrests and to act against smuggling networks. US border agents recorded more than 1.7 million encounters in the fiscal year that ended in September."""),
    case("e04", "followup-mexico-enforcement", "2021-12-10",
         "https://www.nytimes-example.com/2021/12/10/world/americas/mexico-chiapas-truck-crash-migrants.html",
         "Truck crash in southern Mexico kills more than 50 migrants",
         "Chiapas smuggling crash; Mexico-US joint response on smuggling",
         """A tractor-trailer packed with more than 160 migrants overturned on a highway near Tuxtla Gutiérrez, in the southern Mexican state of Chiapas, on Thursday, killing at least 54 people, most of them from Guatemala.

Survivors said they had paid smugglers thousands of dollars to be taken to the city of Puebla and then towards the United States border. The trailer was crossing a bridge on a road where Mexican authorities have checkpoints meant to stop migration.

Mexican President Andrés Manuel López Obrador called the crash a tragedy and blamed poverty in Central America. Mexico and the United States announced a joint task force with Guatemala to find those responsible, Mexico's foreign ministry said.

Human rights groups said tighter enforcement by Mexico's National Guard and immigration agents, encouraged by Washington, was pushing migrants into more dangerous smuggling routes, hidden in trucks."""),
    case("e05", "followup-mexico-enforcement", "2022-02-14",
         "https://www.latimes-example.com/world-nation/story/2022-02-14/mexico-migration-checkpoints-us-pressure",
         "Along Mexico's highways, checkpoints multiply as US seeks help on migration",
         "feature on Mexico's checkpoints as US-requested enforcement",
         """VILLAHERMOSA, Mexico — On the highway north from the Guatemalan border, buses are stopped every few hours by National Guard troops and agents of Mexico's National Migration Institute, who check passengers' papers and take away those without permission to travel.

The checkpoints are the visible part of Mexico's enforcement effort, which US officials have encouraged since Vice President Kamala Harris visited last year. Mexico now has nearly 30,000 troops assigned to migration, and detentions in 2021 reached more than 300,000, a record.

Migrants say the result is more extortion and more expensive smuggling. Some pay to ride inside freight trucks; others walk through the jungle to avoid the roads.

Mexican officials say they are protecting migrants from criminal groups. A US official said Washington values the cooperation and wants it to continue, especially as the administration considers ending the Title 42 expulsion order."""),
    case("e06", "followup-mexico-enforcement", "2021-08-27",
         "https://www.theguardian-example.com/world/2021/aug/27/mexico-migrants-deported-guatemala-honduras",
         "Mexico steps up deportations of Central Americans by air and road",
         "Mexico deportations expand as part of US cooperation",
         """Mexico has sharply increased deportations of Central Americans this summer, flying Hondurans home from Villahermosa and busing Guatemalans to the border, as it tries to keep up with the number of people expelled from the United States and others crossing its own territory.

Government figures show Mexico returned more than 40,000 people in June and July. Some of them had been expelled from the US only days before under Title 42 and flown to southern Mexico by US authorities.

The arrangement has drawn criticism from Guatemala and from rights groups, who say people are not screened for asylum before being sent across the border. Mexico's interior ministry says all returns follow Mexican law.

The Biden administration has asked Mexico to take back more families and to deter people from heading north. US officials say Mexico's help is crucial while they try to build a fairer asylum system."""),
    case("e07", "followup-mexico-enforcement", "2022-06-14",
         "https://www.reuters-example.com/world/americas/mexico-migration-agents-arrested-smuggling-2022-06-14/",
         "Mexico's migration institute under scrutiny as detentions and deaths rise",
         "Mexican enforcement institution reviewed amid US cooperation",
         """MEXICO CITY (Reuters) — Mexico's National Migration Institute detained more migrants in the first five months of 2022 than in any similar period on record, as the country keeps enforcing its borders at Washington's request ahead of the expected end of Title 42.

The institute said its agents and the National Guard had found people hidden in trucks, trains and boats, and that it had closed several smuggling routes. Rights groups said conditions in the institute's detention centres, known as stations, were overcrowded and unsafe.

The US Department of Homeland Security said the two countries were sharing information to target smuggling groups under the framework agreed last October. Mexico has also tightened visa rules for several South American countries.

A Mexican official said the country was receiving increasing numbers of people from Venezuela, Cuba and Nicaragua, and that it could not be expected to hold them all."""),
    # --- Airports and visas -------------------------------------------------------------------
    case("v01", "followup-airports-visas", "2021-08-23",
         "https://www.reuters-example.com/world/americas/mexico-visa-ecuadorians-2021-08-23/",
         "Mexico to require visas for Ecuadorians as migration via Cancun airport rises",
         "Mexico visa requirement for Ecuadorians to close air route",
         """MEXICO CITY (Reuters) — Mexico will require Ecuadorians to obtain a visa before travelling to the country from September 4, the foreign ministry said, after a sharp rise in Ecuadorians flying to Cancun and Mexico City and then trying to cross into the United States.

US border agents have encountered tens of thousands of Ecuadorians this year, many of whom arrived in Mexico as tourists. The foreign ministry said the measure was temporary and aimed at preventing abuse by trafficking networks.

Washington has asked Mexico to tighten controls at its airports and to review visa policies that allow people to fly in and travel to the US border within days. US officials welcomed the decision.

Ecuador's government said it regretted the measure but understood Mexico's concerns. Travel agencies in Quito said thousands of flights had already been booked."""),
    case("v02", "followup-airports-visas", "2021-11-23",
         "https://www.bloomberg-example.com/news/articles/2021-11-23/mexico-to-require-visas-for-brazilians",
         "Mexico will require visas for Brazilians from December",
         "Mexico visa requirement for Brazilians (the baseline's Brazil request)",
         """Mexico will reinstate visa requirements for Brazilian travellers starting Dec. 11, the government said, as US officials report large numbers of Brazilians crossing the border after flying into Mexican airports.

The interior ministry said the decision was made "in view of the significant increase in irregular flows" and that Brazilians already holding US, Canadian or other visas would be exempt. US Customs and Border Protection recorded more than 50,000 encounters with Brazilians in the first ten months of the year, a record.

The Biden administration had asked Mexico to reconsider its visa rules for Brazil, according to US officials. Brazilian airlines said bookings to Cancun and Mexico City fell immediately after the announcement.

Migrants have increasingly used flights to Mexico to avoid the long overland route, then crossing into Arizona and California with smugglers."""),
    case("v03", "followup-airports-visas", "2022-01-05",
         "https://www.nytimes-example.com/2022/01/05/world/americas/mexico-visas-venezuelans.html",
         "Mexico imposes visa requirement on Venezuelans as border crossings soar",
         "Mexico visa rule for Venezuelans to cut air routes",
         """Mexico will require Venezuelans to obtain visas beginning this month, the government said, after the number of Venezuelans caught at the US southern border rose more than tenfold in a year, most of them having flown into Mexico as tourists.

The Mexican government said the rule responded to "a notable increase" in people using Mexico to reach the United States, and that travel for business and tourism would still be possible with a visa. Analysts said the requirement was made at the urging of the Biden administration, which has asked Mexico to tighten its airports against migration routes.

Venezuelans were the second-largest nationality at the border in December, after Mexicans. Many flew from Caracas or Bogotá to Mexico City or Cancun, then took buses to Ciudad Acuña and crossed into Del Rio, Texas.

Advocates warned that the change would push migrants to the dangerous overland route through the Darien jungle and Central America."""),
    case("v04", "followup-airports-visas", "2022-02-10",
         "https://www.washingtonpost-example.com/world/2022/02/10/venezuelans-darien-mexico-visa-effect/",
         "After Mexico's visa rule, Venezuelans turn to land route through Central America",
         "consequences of Mexico's visa requirement, cross-border migration route",
         """Weeks after Mexico began requiring visas for Venezuelans, the number of Venezuelans arriving at the US southern border has fallen sharply, US officials say, while more are appearing on the overland route through Colombia, Panama and Central America.

US Customs and Border Protection data show encounters with Venezuelans fell by more than 80 percent from December to February. Mexican authorities turned away hundreds at Mexico City and Cancun airports in the first weeks of the rule.

The Biden administration had pushed Mexico to close what officials called an air bridge used by smugglers. US officials said the drop shows what cooperation with Mexico can achieve, and have asked for similar steps for other nationalities.

Aid groups in Panama and Honduras say they are now seeing Venezuelan families who had planned to fly to Mexico but were told they would be refused entry."""),
    case("v05", "followup-airports-visas", "2021-07-19",
         "https://www.buzzfeednews-example.com/article/mexico-airports-migration-cancun-inspections",
         "Mexico quietly steps up airport checks after US requests",
         "airport enforcement follow-up of baseline request",
         """Mexican immigration officers have increased inspections of passengers arriving at Cancun and Mexico City airports from South America, turning back hundreds of travellers suspected of planning to go on to the US border, according to Mexican officials and documents seen by BuzzFeed News.

The change follows requests from the Biden administration, which wanted Mexico to stop its airports being used as stopovers on migration routes. Homeland Security Secretary Alejandro Mayorkas raised the issue during his visit to Mexico City in June, the documents show.

Brazilians, Ecuadorians and Venezuelans, who until now could enter Mexico without a visa, have been singled out for secondary questioning. Some say they were held for a day in airport rooms before being put on a return flight.

Mexico's National Migration Institute said it applies the law equally to all travellers. A DHS spokesperson declined to comment on diplomatic talks."""),
    case("v06", "followup-airports-visas", "2022-03-02",
         "https://www.reuters-example.com/world/americas/mexico-visas-peru-colombia-consider-2022-03-02/",
         "US encourages Mexico to consider more visa rules as air migration shifts",
         "visa policy talks continue after the Venezuelan measure",
         """WASHINGTON (Reuters) — US officials have asked Mexico to consider visa requirements for additional South American countries after Colombians and Peruvians began using Mexican airports on their way to the US border, according to three people familiar with the talks.

The requests follow Mexico's decisions to require visas for Ecuadorians, Brazilians and Venezuelans, which Homeland Security officials credit with reducing arrivals. Colombian encounters at the southwest border rose to more than 10,000 in February.

Mexico's foreign ministry said visa policy is a sovereign decision and that it values tourism from South America. A Mexican official said no new requirements were imminent.

The Biden administration has relied on Mexico to manage migration while it prepares to end the Title 42 border order, which could lead to more crossings."""),
    # --- Del Rio and Haiti ---------------------------------------------------------------------
    case("d01", "followup-haiti-delrio", "2021-09-18",
         "https://apnews-example.com/article/del-rio-haitian-migrants-bridge-expulsion-flights",
         "US to fly Haitians home as thousands camp under Texas bridge",
         "Del Rio encampment; migrants crossed from Ciudad Acuña, Mexico",
         """DEL RIO, Texas (AP) — The United States will begin expelling Haitian migrants on flights to Port-au-Prince after more than 10,000 people, mostly Haitians, gathered under a bridge in Del Rio after crossing the Rio Grande from Ciudad Acuña, Mexico.

Homeland Security officials said they would use the Title 42 health order to expel people quickly and would send 400 agents to the area. The port of entry was closed.

Migrants waded back and forth across the river to buy food and water in Ciudad Acuña, where Mexican authorities said they were monitoring the situation. Many of the Haitians had lived in Chile or Brazil for years before heading north through Central America and Mexico.

Mexico's government said it was in contact with US officials and would offer asylum or work permits to those who stayed in Mexico. Mexican immigration agents later began moving people away from the riverbank."""),
    case("d02", "followup-haiti-delrio", "2021-09-21",
         "https://www.reuters-example.com/world/americas/mexico-haitian-migrants-flights-tapachula-2021-09-21/",
         "Mexico begins flying and busing Haitian migrants away from U.S. border",
         "Mexico's role in removing Haitians from the Del Rio area",
         """MEXICO CITY (Reuters) — Mexico began moving Haitian migrants away from the US border on Tuesday, flying some from Ciudad Acuña and Monterrey to Tapachula near the Guatemalan border, while the US expelled hundreds from a camp in Del Rio, Texas.

Mexico's National Migration Institute said it would also start flights to Haiti for those who wanted to return. Foreign Minister Marcelo Ebrard said the situation was not sustainable and that Mexico was talking with US and Haitian officials.

Thousands of Haitians remained under the bridge in Del Rio, while others crossed back into Mexico to avoid expulsion. US Homeland Security Secretary Alejandro Mayorkas visited Del Rio and defended the flights, saying the border was not open.

Photos of US mounted agents chasing migrants caused outrage, and the administration said it would investigate."""),
    case("d03", "followup-haiti-delrio", "2021-09-24",
         "https://www.washingtonpost-example.com/national-security/2021/09/24/del-rio-camp-cleared-haitians/",
         "Del Rio camp cleared as US expels Haitians and Mexico moves others south",
         "aftermath of Del Rio involving Mexico's cooperation",
         """The makeshift camp under the international bridge in Del Rio, Texas, was empty by Friday, a week after it held nearly 15,000 people, Homeland Security Secretary Alejandro Mayorkas said.

About 2,000 Haitians were expelled on flights to Haiti, thousands were released in the US with notices to appear, and about 8,000 returned to Mexico on their own, Mayorkas said. Mexico said it had moved many of those people to southern cities and offered them papers to stay.

Mexico's cooperation was essential to clearing the site, US officials said. Mexican authorities set up checkpoints on roads towards Ciudad Acuña to prevent new arrivals and flew Haitians to Tapachula.

The US special envoy for Haiti, Daniel Foote, resigned in protest at the expulsions. Mayorkas said the expulsions were carried out under the Title 42 public health order."""),
    case("d04", "followup-haiti-delrio", "2021-10-05",
         "https://www.miamiherald-example.com/news/nation-world/world/americas/haiti/article254800000.html",
         "Haitians stranded in Tapachula as Mexico's asylum office is overwhelmed",
         "Haitian migrants in Mexico after Del Rio",
         """TAPACHULA, Mexico — Weeks after thousands of Haitians were expelled from the US border at Del Rio, Texas, many others are back where they started: in Tapachula, a hot city near the Guatemalan border where Mexico's refugee agency has a backlog of tens of thousands of cases.

Mexico's Commission for Refugee Assistance, COMAR, said Haitians filed more asylum claims this year than any other nationality. Officials say they are processing as fast as they can, with help from the UN.

Mexican authorities flew many Haitians here from northern Mexico after the Del Rio camp was cleared, part of an effort coordinated with Washington to keep people away from the US border. Some say they were promised papers within days.

The Biden administration has sent more than 7,000 Haitians home on expulsion flights since September, and US officials have asked Mexico and other countries to offer Haitians legal status."""),
    case("d05", "followup-haiti-delrio", "2021-11-30",
         "https://www.npr-example.org/2021/11/30/haitian-migrants-mexico-humanitarian-visas",
         "Mexico offers Haitians humanitarian visas in bid to ease pressure at its borders",
         "Mexico's humanitarian visas for Haitians, linked to US border management",
         """Mexico has issued thousands of humanitarian visas to Haitian migrants this month, letting them travel and work in the country, as the government tries to reduce tension in Tapachula and discourage people from heading to the US border.

Mexico's National Migration Institute said the visas are valid for one year. Many recipients said they still plan to go to the United States, where the Biden administration continues to expel Haitians under Title 42.

The Haitian migration has tested US-Mexico cooperation since September, when thousands camped in Del Rio, Texas. US officials have pressed Mexico to stop large groups from moving north and to offer Haitians protection.

Advocates say the visas help but are not enough, because the asylum system remains overwhelmed and Haitians face discrimination in Mexico."""),
    # --- Security dialogue ---------------------------------------------------------------------
    case("s01", "followup-security-dialogue", "2021-10-09",
         "https://www.reuters-example.com/world/americas/us-mexico-bicentennial-framework-smuggling-2021-10-09/",
         "US and Mexico agree security framework including migrant smuggling crackdown",
         "Bicentennial Framework with human smuggling and migration component",
         """MEXICO CITY (Reuters) — The United States and Mexico agreed on Friday to a new security framework that will replace the Mérida Initiative, with commitments to fight migrant smuggling and human trafficking alongside drug and arms trafficking.

The agreement, announced at a High-Level Security Dialogue in Mexico City attended by Secretary of State Antony Blinken, Homeland Security Secretary Alejandro Mayorkas and Mexican Foreign Minister Marcelo Ebrard, sets up working groups that will report within three months.

Mayorkas said both countries would target the organisations that smuggle migrants through Mexico to the US border. US officials said the framework would complement Mexico's immigration enforcement at its southern border and joint intelligence on smuggling networks.

López Obrador said Mexico would cooperate as an equal and would not allow US agencies to operate without limits. He repeated his call for the US to invest in development in Central America to reduce migration."""),
    case("s02", "followup-security-dialogue", "2021-12-14",
         "https://www.politico-example.com/news/2021/12/14/us-mexico-security-action-plan-smuggling",
         "US and Mexico release security action plan naming smuggling networks as priority",
         "security dialogue follow-through on migrant smuggling",
         """The United States and Mexico released an action plan on Tuesday to carry out the security framework agreed in October, listing migrant smuggling and human trafficking among the top priorities alongside fentanyl and illegal guns.

The plan creates a joint team to investigate smuggling organisations, shares data on people caught moving migrants, and commits Mexico to strengthen controls at its southern border and at airports. It follows the crash in Chiapas last week that killed more than 50 migrants crammed into a truck.

Homeland Security Secretary Alejandro Mayorkas said the plan would hit smugglers "where it hurts." Mexico's foreign ministry said the plan respects Mexican sovereignty.

Critics said the plan focuses on enforcement and risks pushing migrants into more dangerous routes, while the Biden administration continues expelling people to Mexico under Title 42."""),
    case("s03", "followup-security-dialogue", "2022-01-31",
         "https://www.bloomberg-example.com/news/articles/2022-01-31/us-mexico-security-dialogue-smuggling-arrests",
         "US-Mexico joint task force arrests smugglers tied to Chiapas crash",
         "outcome of the joint smuggling task force",
         """Mexican authorities arrested several people accused of organising the smuggling operation behind last month's truck crash in Chiapas, in an operation with US and Guatemalan investigators, Mexico's attorney general said.

The arrests are the first public results of the joint task force the United States and Mexico created under the Bicentennial Framework, the security arrangement agreed in October. US Homeland Security Secretary Alejandro Mayorkas said the operation showed the benefit of sharing intelligence.

The network charged as much as $8,000 per person to move migrants from Guatemala to the US border, prosecutors said. Mexico's National Guard and immigration agents have increased truck inspections since the crash.

The Biden administration has asked Mexico to take more action against smugglers as it prepares for more migration in the spring."""),
    case("s04", "followup-security-dialogue", "2021-10-08",
         "https://www.washingtonpost-example.com/world/2021/10/08/us-mexico-security-dialogue-migration/",
         "Blinken, in Mexico, says security partnership will target human smuggling",
         "security dialogue news with migration centrality",
         """Secretary of State Antony Blinken said on Friday in Mexico City that a new security partnership with Mexico would treat the smuggling of migrants as seriously as the drug trade, as the two countries held their first high-level security dialogue in several years.

Blinken and Homeland Security Secretary Alejandro Mayorkas met President Andrés Manuel López Obrador at the National Palace. Mexican and American officials said they discussed the recent arrivals of Haitians at Del Rio, Texas, and the need to manage migration in the region together.

The new framework includes programmes on violence prevention in communities where migrants come from and efforts to stop weapons moving south from the US. Mexico has pushed for more US action on guns.

Officials said migration would also be on the agenda of the North American Leaders Summit planned for November."""),
    # --- Summit of the Americas ---------------------------------------------------------------
    case("la01", "followup-summit-americas", "2022-06-10",
         "https://apnews-example.com/article/summit-americas-los-angeles-declaration-migration",
         "Leaders sign Los Angeles declaration on migration; Mexico's leader absent",
         "LA Declaration on migration with Mexico's commitments",
         """LOS ANGELES (AP) — President Joe Biden and leaders from about 20 countries signed a declaration on migration on Friday at the Summit of the Americas, pledging to share responsibility for people fleeing poverty and violence in the region.

Mexico signed, represented by Foreign Minister Marcelo Ebrard after President Andrés Manuel López Obrador boycotted the summit over the exclusion of Cuba, Venezuela and Nicaragua. Mexico committed to expand its temporary worker program for Guatemalans and to continue regularising migrants.

The United States said it would take 20,000 refugees from Latin America over two years and restart family reunification programs for Cubans and Haitians. Officials also announced a campaign against smuggling networks with Mexico and Central American governments.

Critics noted the declaration is not binding and said it did little to change conditions at the US-Mexico border, where crossings remain near record levels and the Title 42 order remains in place by court order."""),
    case("la02", "followup-summit-americas", "2022-06-06",
         "https://www.reuters-example.com/world/americas/lopez-obrador-skip-summit-americas-2022-06-06/",
         "Mexico's López Obrador to skip Summit of the Americas; migration pact in doubt",
         "Mexico's role in summit migration declaration",
         """MEXICO CITY (Reuters) — Mexican President Andrés Manuel López Obrador said on Monday he would not attend the Summit of the Americas in Los Angeles because the United States did not invite all countries in the region, dealing a blow to Washington's plans for a regional agreement on migration.

Foreign Minister Marcelo Ebrard will attend instead. US officials had hoped Mexico, the main transit country for migrants heading to the US border, would be a leading signatory of the migration declaration.

López Obrador said Mexico would continue to cooperate with Washington on migration and would meet President Joe Biden in July. Mexico has deployed thousands of National Guard members to stop migrants and has received people expelled from the US under Title 42.

White House officials said they expected Mexico to sign the declaration."""),
    case("la03", "followup-summit-americas", "2022-06-11",
         "https://www.nytimes-example.com/2022/06/11/us/politics/summit-americas-migration-commitments.html",
         "What countries promised on migration at the Summit of the Americas",
         "summary of declaration commitments including Mexico",
         """The migration declaration signed in Los Angeles commits governments to expand legal pathways, strengthen asylum systems and cooperate against smuggling. Here is what the main countries promised.

Mexico said it would increase work visas for Guatemalans, Hondurans and Salvadorans to 20,000 a year and continue to issue humanitarian visas. It also agreed to share information with the United States on smuggling organisations.

The United States promised to resettle more refugees from the Americas, double temporary work visas for Central Americans and expand processing for people trying to reunite with family members. Canada and Spain announced new labour programmes.

Homeland Security Secretary Alejandro Mayorkas said the commitments would help manage migration at the southern border as the administration fights in court to lift the Title 42 order."""),
    case("la04", "followup-summit-americas", "2022-07-12",
         "https://www.washingtonpost-example.com/politics/2022/07/12/biden-lopez-obrador-white-house-migration/",
         "Biden and López Obrador meet at White House on migration and energy",
         "AMLO visit: migration cooperation and work visas",
         """President Biden met Mexican President Andrés Manuel López Obrador at the White House on Tuesday, a month after the Mexican leader skipped the Summit of the Americas, with migration at the top of the agenda.

The two governments announced that the US would invest in border infrastructure and that Mexico would keep its enforcement on the southern border with Guatemala. They agreed to expand temporary work visas for Mexicans and Central Americans, an idea López Obrador has pushed since Vice President Kamala Harris's visit to Mexico last year.

López Obrador, in a long opening statement, also urged Biden to act on inflation and energy. The two disagreed publicly on Mexico's energy policy.

US officials said record numbers of migrants are crossing the border and that Mexico's cooperation remains essential."""),
    # --- Caravans ---------------------------------------------------------------------------
    case("c01", "followup-caravans", "2021-10-23",
         "https://apnews-example.com/article/migrant-caravan-tapachula-mexico-october",
         "Migrant caravan of thousands leaves Tapachula heading north",
         "caravan from Tapachula confronting Mexico's enforcement",
         """TAPACHULA, Mexico (AP) — Several thousand migrants, most from Central America and Haiti, set out on foot from the southern Mexican city of Tapachula on Saturday, demanding documents that would let them move freely through Mexico.

Organisers said the caravan was a protest against slow asylum processing and against the National Guard and immigration agents who have broken up smaller groups in recent months. Many participants said their goal was to reach the US border.

Mexico's National Migration Institute said it would offer papers to those who registered and warned that the caravan put children at risk. The group walked about 20 miles on the first day.

The Biden administration has relied on Mexico to stop such groups, and officials have praised Mexican authorities for dissolving caravans in the past. Most people who reach the US border are expelled under Title 42."""),
    case("c02", "followup-caravans", "2021-11-05",
         "https://www.reuters-example.com/world/americas/mexico-caravan-humanitarian-visas-2021-11-05/",
         "Mexico offers humanitarian visas to break up migrant caravan",
         "Mexico dissolves caravan with visas, keeping migrants from US border",
         """MEXICO CITY (Reuters) — Mexican authorities offered humanitarian visas to members of a migrant caravan walking through the southern state of Oaxaca, and buses took hundreds to other states to process their papers, effectively dispersing the group.

The migrants, who left Tapachula in late October, had been walking for two weeks. Some said they accepted the offer; others continued towards Mexico City. Several migrants were shot at a checkpoint in Chiapas last month, and an immigration agent was charged.

The Mexican government's approach mixes enforcement and regularisation, officials said. US officials have asked Mexico to keep people from travelling to the border in large groups. The US continues to expel most migrants to Mexico under Title 42.

Rights groups said the visas were a positive step but that many migrants would still try to cross into the United States."""),
    case("c03", "followup-caravans", "2022-06-06",
         "https://www.latimes-example.com/world-nation/story/2022-06-06/largest-migrant-caravan-tapachula-summit",
         "Largest migrant caravan in years leaves southern Mexico as summit opens",
         "caravan timed with the summit, Mexico enforcement",
         """TAPACHULA, Mexico — Thousands of migrants from Venezuela, Cuba, Central America and elsewhere set out from Tapachula on Monday in what organisers called the largest caravan in years, timed to coincide with the Summit of the Americas in Los Angeles.

The group said it wanted to draw attention to the failure of governments to protect migrants. Mexican immigration agents and the National Guard followed the caravan but did not stop it on the first day.

Mexico's government has dispersed previous caravans by offering humanitarian visas and work permits, then moving people to other states. Officials said they would do the same.

In Washington, the Biden administration said it was watching the caravan and that people who reach the border without a legal basis to stay will be removed. The migration declaration to be signed at the summit includes commitments from Mexico on enforcement and legal pathways."""),
    case("c04", "followup-caravans", "2022-01-20",
         "https://www.elfinanciero-example.com.mx/english/2022/01/20/mexico-stops-caravan-chiapas/",
         "Mexico halts migrant caravan in Chiapas, detains hundreds",
         "Mexican enforcement against caravan",
         """Mexican authorities stopped a caravan of about 500 migrants in Chiapas on Thursday, detaining hundreds and sending them to immigration stations, according to the National Migration Institute.

The group had left Tapachula a day earlier, mostly Central Americans and Cubans hoping to reach the United States. National Guard members blocked the highway outside Huixtla, and agents put people on buses.

The operation was the latest in a series of actions against caravans, which Mexico has increasingly broken up since last year under pressure from Washington. Mexico has also imposed visa requirements on Venezuelans and Brazilians to reduce arrivals by air.

US Customs and Border Protection reported more than 170,000 encounters at the southwest border in December. A White House official said the administration appreciated Mexico's efforts."""),
    # --- Leaders / bilateral -----------------------------------------------------------------
    case("b01", "followup-biden-amlo", "2021-11-18",
         "https://www.reuters-example.com/world/americas/biden-lopez-obrador-trudeau-summit-migration-2021-11-18/",
         "North American leaders pledge cooperation on migration at first summit in five years",
         "North American Leaders Summit migration agreements with Mexico",
         """WASHINGTON (Reuters) — President Joe Biden, Mexican President Andrés Manuel López Obrador and Canadian Prime Minister Justin Trudeau agreed on Thursday to cooperate on migration and COVID-19 vaccines at the first North American Leaders Summit since 2016.

The leaders said they would work together to address the root causes of migration in Central America and to create legal pathways for work. López Obrador asked Biden to grant more temporary work visas to Mexicans and Central Americans.

Privately, US officials asked Mexico to keep up enforcement at its southern border and to cooperate on the restart of the Remain in Mexico program, which a court ordered. Mexico has not yet agreed to take back asylum seekers under the program.

Biden said the three countries "are not a frontier" but partners. The summit also addressed supply chains and climate."""),
    case("b02", "followup-biden-amlo", "2021-09-09",
         "https://www.bloomberg-example.com/news/articles/2021-09-09/lopez-obrador-letter-biden-migration-visas",
         "López Obrador asks Biden in letter for work visas, more aid to curb migration",
         "AMLO-Biden correspondence on migration",
         """Mexican President Andrés Manuel López Obrador said he sent a letter to President Joe Biden proposing that the United States grant work visas to Central Americans who take part in development programmes, as a way to slow migration through Mexico.

López Obrador said he had not received an answer to a similar proposal made to Vice President Kamala Harris during her visit in June. He said the US should spend more in Central America and southern Mexico and less on enforcement.

Mexico has deployed its National Guard to stop migrants and accepted thousands expelled from the US under Title 42, and López Obrador said that showed Mexico was doing its part. Migrant arrivals at the US border remain near 20-year highs.

The White House said it had received the letter and was studying it."""),
    # --- Spanish-language Mexican press ------------------------------------------------------
    case("sp01", "pos-spanish", "2021-06-08",
         "https://www.eluniversal-example.com.mx/nacion/harris-amlo-reunion-migracion-palacio-nacional",
         "Harris y López Obrador acuerdan cooperar en migración y desarrollo",
         "Spanish coverage of Harris-AMLO meeting",
         """La vicepresidenta de Estados Unidos, Kamala Harris, y el presidente Andrés Manuel López Obrador se reunieron este martes en Palacio Nacional, donde firmaron un memorándum para impulsar el desarrollo en Centroamérica y atender las causas de la migración.

Según funcionarios de ambos gobiernos, el tema migratorio dominó la conversación. Washington busca que México mantenga los operativos de la Guardia Nacional y del Instituto Nacional de Migración en la frontera sur, y que reciba a más familias expulsadas por agentes fronterizos bajo el Título 42.

El canciller Marcelo Ebrard dijo que la visita fue un éxito y que ambos países trabajarán en un diálogo sobre migración. López Obrador propuso nuevamente que Estados Unidos otorgue visas de trabajo a quienes participen en el programa Sembrando Vida.

Harris anunció fondos para la reforma laboral en México y apoyo para buscar a personas desaparecidas. Organizaciones de defensa de migrantes criticaron el mensaje de la vicepresidenta en Guatemala, donde pidió a los migrantes no viajar hacia la frontera de Estados Unidos."""),
    case("sp02", "pos-spanish", "2021-06-24",
         "https://www.jornada-example.com.mx/notas/2021/06/24/politica/guardia-nacional-frontera-sur-migrantes/",
         "Refuerzan con Guardia Nacional la frontera sur ante flujo de migrantes",
         "Spanish: Mexico reinforces National Guard at southern border",
         """La Secretaría de la Defensa Nacional envió elementos adicionales de la Guardia Nacional a Chiapas y Tabasco para reforzar el control migratorio en la frontera sur, informaron autoridades federales.

Los nuevos elementos se sumarán a los puntos de revisión en carreteras que salen de Tapachula y Tenosique, donde traficantes de personas trasladan a migrantes centroamericanos en camiones de carga. En lo que va del año, el Instituto Nacional de Migración ha detenido a decenas de miles de personas.

El despliegue ocurre semanas después de la visita de la vicepresidenta Kamala Harris y de conversaciones con el secretario de Seguridad Nacional de Estados Unidos, Alejandro Mayorkas, quien pidió a México aumentar las detenciones de migrantes en tránsito.

El gobierno federal niega que la medida responda a presiones de Washington. Albergues en Tapachula denunciaron más operativos y detenciones de personas con solicitudes de asilo en trámite ante la COMAR."""),
    case("sp03", "pos-spanish", "2021-12-02",
         "https://www.milenio-example.com/politica/mexico-acepta-reanudar-quedate-en-mexico",
         "México acepta reanudar el programa 'Quédate en México' por razones humanitarias",
         "Spanish: Mexico agrees to MPP restart",
         """La Secretaría de Relaciones Exteriores informó que México recibirá de nuevo a solicitantes de asilo enviados por Estados Unidos mientras esperan sus audiencias, luego de que Washington aceptara varias condiciones para reanudar el programa conocido como Quédate en México.

Entre las condiciones están que los casos se resuelvan en un plazo de seis meses, que los migrantes tengan acceso a información legal y transporte seguro a los puertos de entrada, y que se excluya a personas vulnerables. Estados Unidos también ofrecerá vacunas contra COVID-19.

El programa se reanudará primero en Ciudad Juárez, Tijuana y Nuevo Laredo. El gobierno de Joe Biden está obligado por una orden judicial a restablecer los Protocolos de Protección a Migrantes, aunque el secretario Alejandro Mayorkas emitió un nuevo memorándum para terminarlo.

Organizaciones civiles advirtieron que las ciudades fronterizas no son seguras para los migrantes y que los albergues ya están llenos de personas expulsadas bajo el Título 42."""),
    case("sp04", "pos-spanish", "2022-01-06",
         "https://www.excelsior-example.com.mx/nacional/visa-venezolanos-mexico-migracion/",
         "México exigirá visa a venezolanos a partir del 21 de enero",
         "Spanish: visa requirement for Venezuelans",
         """El gobierno de México exigirá visa a las personas de nacionalidad venezolana que quieran ingresar al país a partir del 21 de enero, informó el Instituto Nacional de Migración, debido al aumento de venezolanos que llegan por avión y después intentan cruzar la frontera con Estados Unidos.

La medida se suma a los requisitos impuestos a ecuatorianos y brasileños el año pasado. De acuerdo con autoridades estadounidenses, los venezolanos fueron la segunda nacionalidad más detenida en la frontera en diciembre, y la mayoría había llegado a los aeropuertos de Cancún y la Ciudad de México como turistas.

Funcionarios de Washington habían pedido a México revisar su política de visas para cerrar rutas aéreas utilizadas por traficantes de personas. La Cancillería afirmó que la decisión es soberana.

Los venezolanos que tengan visa de Estados Unidos, Canadá o la Unión Europea no necesitarán el nuevo documento."""),
    case("sp05", "pos-spanish", "2021-09-22",
         "https://www.proceso-example.com.mx/nacional/2021/9/22/haitianos-ciudad-acuna-vuelos-tapachula/",
         "INM traslada a haitianos de Ciudad Acuña a Tapachula tras campamento en Del Rio",
         "Spanish: Mexico moves Haitians after Del Rio",
         """El Instituto Nacional de Migración trasladó en avión y autobús a cientos de migrantes haitianos desde Ciudad Acuña, Coahuila, hacia Tapachula, Chiapas, luego de que miles de personas acamparan bajo un puente en Del Rio, Texas.

Estados Unidos comenzó a expulsar a haitianos en vuelos a Puerto Príncipe bajo el Título 42, mientras que otros regresaron a territorio mexicano para evitar la deportación. El canciller Marcelo Ebrard dijo que México mantiene comunicación con el gobierno de Joe Biden y que ofrecerá refugio o empleo a quienes decidan quedarse.

Autoridades mexicanas instalaron retenes en las carreteras hacia Ciudad Acuña para impedir la llegada de más migrantes a la frontera norte. Defensores de derechos humanos criticaron los traslados y acusaron a México de actuar como muro de Estados Unidos.

La Guardia Nacional participó en los operativos, según testigos."""),
    case("sp06", "pos-spanish", "2022-04-02",
         "https://www.eluniversal-example.com.mx/mundo/fin-titulo-42-mexico-frontera-preparativos/",
         "México se prepara para el fin del Título 42 en la frontera norte",
         "Spanish: Mexico prepares for end of Title 42",
         """Autoridades de Tijuana, Ciudad Juárez y Reynosa se preparan para el fin del Título 42, la norma sanitaria con la que Estados Unidos ha expulsado a migrantes hacia México casi dos millones de veces desde 2020, y que el gobierno de Joe Biden anunció que dejará de aplicar el 23 de mayo.

Los albergues de la frontera norte están llenos de familias centroamericanas y de otros países que esperan pedir asilo en Estados Unidos. La Cancillería informó que buscará conversaciones con el Departamento de Seguridad Nacional estadounidense para coordinar la transición.

El secretario Alejandro Mayorkas dijo que espera un aumento de llegadas y que quienes crucen sin base legal serán deportados. Funcionarios estadounidenses pidieron a México mantener los operativos de la Guardia Nacional y del Instituto Nacional de Migración.

Legisladores republicanos y algunos demócratas criticaron la decisión y varios estados presentaron demandas para mantener la medida."""),
    case("sp07", "pos-spanish", "2021-10-09",
         "https://www.milenio-example.com/politica/entendimiento-bicentenario-seguridad-trafico-personas",
         "México y EU firman Entendimiento Bicentenario; incluye combate al tráfico de migrantes",
         "Spanish: security dialogue with migrant smuggling",
         """Los gobiernos de México y Estados Unidos firmaron el Entendimiento Bicentenario sobre seguridad, que sustituye a la Iniciativa Mérida e incluye compromisos para combatir el tráfico de personas y la trata de migrantes, además del tráfico de drogas y armas.

En el Diálogo de Alto Nivel sobre Seguridad participaron el secretario de Estado, Antony Blinken, el secretario de Seguridad Nacional, Alejandro Mayorkas, y el canciller Marcelo Ebrard. Mayorkas afirmó que ambos países perseguirán a las redes de traficantes que llevan migrantes desde Centroamérica hasta la frontera con Estados Unidos.

El presidente López Obrador dijo que la cooperación será entre iguales y pidió a Washington invertir en el desarrollo de Centroamérica para atender las causas de la migración.

El acuerdo llega semanas después de la crisis de migrantes haitianos en Del Rio, Texas, y mientras México negocia el regreso del programa Quédate en México."""),
    # --- Short feed items (title + summary) ---------------------------------------------------
    case("ps01", "pos-short", "2021-06-15",
         "https://www.reuters-example.com/world/americas/mayorkas-mexico-talks-short",
         "Mayorkas in Mexico City to press for more migration enforcement",
         "short item: Mayorkas visit",
         """US Homeland Security Secretary Alejandro Mayorkas met Mexican officials on Tuesday to ask for more arrests of migrants crossing Mexico and help with families expelled under Title 42."""),
    case("ps02", "pos-short", "2021-12-02",
         "https://www.npr-example.org/2021/12/02/remain-in-mexico-short",
         "Mexico agrees to restart of 'Remain in Mexico'",
         "short item: MPP restart",
         """Asylum seekers will again be sent to wait in Mexican border cities next week after Mexico accepted US conditions for the court-ordered program."""),
    case("ps03", "pos-short", "2022-01-06",
         "https://www.bloomberg-example.com/news/articles/2022-01-06/mexico-venezuela-visa-short",
         "Mexico to require visas for Venezuelans to curb US border crossings",
         "short item: visa requirement",
         """The rule aims to close an air route used by migrants who fly into Cancun and Mexico City and then cross into the US."""),
    case("ps04", "pos-short", "2021-06-08",
         "https://www.cnn-example.com/2021/06/08/politics/harris-lopez-obrador-short",
         "Harris meets López Obrador as US seeks Mexico's help on migration",
         "short item: Harris-AMLO",
         """The vice president met Mexico's president in Mexico City and signed an agreement on development in Central America."""),
    case("ps05", "pos-short", "2021-09-20",
         "https://www.nbcnews-example.com/news/del-rio-haitians-mexico-short",
         "Mexico moves Haitian migrants away from border as US expels others from Del Rio",
         "short item: Del Rio",
         """Mexican immigration agents flew migrants from Ciudad Acuña to the south while US officials began expulsion flights to Haiti."""),
    case("ps06", "pos-short", "2021-08-24",
         "https://www.axios-example.com/2021/08/24/supreme-court-remain-in-mexico-short",
         "Supreme Court won't block ruling reviving Remain in Mexico",
         "short item: SCOTUS MPP",
         """The Biden administration must now negotiate with Mexico to restart the program that makes asylum seekers wait across the border."""),
    case("ps07", "pos-short", None,
         "https://www.politico-example.com/news/title-42-mexico-families-short",
         "Mexico limits Title 42 returns of families, forcing releases in Texas",
         "short item with no date: content alone",
         """Mexican officials in Tamaulipas stopped accepting families with young children expelled by US border agents."""),
]  # fmt: skip
