"""Later years of the storyline (2023-2026), written for the judgement set (original prose).

Positives (``followup-later-years``): Washington pressing Mexico to hold back migrants, and
Mexico's detentions, deployments, returns and visa rules under US pressure or by agreement.
Hard negatives (``neg-later-lookalike``): same years, same actors and places, another story:
trade, cartels, US-only border measures, raids inside the US, Mexican politics, other routes.

Written without reading the scorer. Full positives are kept at 150+ words so ``case()`` adds
no background paragraph; the three feed-summary items are built with ``Case`` directly,
because ``case()`` would pad them (their category does not end in "short").
"""

# ruff: noqa: E501  (article prose and URLs: one paragraph per line reads best)
from __future__ import annotations

from bench.judgement.casebook import Case, case

CASES: list[Case] = [
    # --- 2023: returns of Cubans, Haitians, Nicaraguans and Venezuelans; Title 42 ends ------------
    case("y_01", "followup-later-years", "2023-01-05",
         "https://apnews-example.com/article/biden-border-parole-mexico-returns-cuba-haiti-nicaragua-2023",
         "Mexico to take back thousands of Cubans, Haitians and Nicaraguans under new Biden border plan",
         "later years: Mexico agrees to receive non-Mexicans turned back by the US, the returns the baseline asked for",
         """WASHINGTON (AP) — Mexico has agreed to accept up to 30,000 people a month from Cuba, Haiti, Nicaragua and Venezuela who are turned back at the US border, a central piece of a new plan President Joe Biden announced Thursday to bring down illegal crossings.

Under the plan, the United States will let the same number of people from those four countries fly in legally each month if they have a sponsor in the US and pass background checks. Those who instead cross the border between ports of entry will be expelled to Mexico under the pandemic-era Title 42 rule, which until now could not be used against most Cubans and Nicaraguans because their governments refuse deportation flights.

Mexican Foreign Minister Marcelo Ebrard said his country accepted the arrangement because it opens a legal path for people who would otherwise risk the journey. Administration officials said Mexico's willingness to receive the returns was what made the policy work, since Havana and Managua will not take their citizens back.

The announcement came days before Biden travels to Mexico City for a summit with President Andrés Manuel López Obrador and Canadian Prime Minister Justin Trudeau. Border agents recorded more than 250,000 encounters in December, a monthly record, with Cubans and Nicaraguans among the fastest-growing groups.

Immigrant advocates said the plan shuts the door on asylum seekers who cannot afford a plane ticket or do not have a sponsor."""),
    case("y_02", "followup-later-years", "2023-05-03",
         "https://www.eluniversal-example.com.mx/nacion/mexico-seguira-recibiendo-migrantes-devueltos-por-eu-tras-fin-del-titulo-42/",
         "México seguirá recibiendo a migrantes devueltos por EU tras el fin del Título 42",
         "later years (Spanish): Mexico agrees with Washington to keep receiving non-Mexicans as Title 42 ends",
         """La Secretaría de Relaciones Exteriores informó que México seguirá aceptando, por razones humanitarias, a personas de Venezuela, Nicaragua, Cuba y Haití que sean devueltas por Estados Unidos una vez que concluya el Título 42, la medida sanitaria que desde 2020 permitió expulsiones inmediatas en la frontera norte.

El anuncio se dio tras una llamada entre los presidentes Andrés Manuel López Obrador y Joe Biden, y después de varias reuniones entre funcionarios de ambos países. A cambio, Washington se comprometió a abrir vías legales: hasta 100 mil lugares para familias de Guatemala, Honduras y El Salvador con parientes en ese país, y centros de procesamiento regionales en Colombia y Guatemala.

Las autoridades estadounidenses prevén un aumento de cruces cuando termine la medida, el 11 de mayo. El Departamento de Seguridad Nacional enviará 1,500 militares a la frontera para tareas administrativas y endurecerá las sanciones para quienes crucen de manera irregular.

Organizaciones que atienden a personas migrantes en Tijuana, Ciudad Juárez y Matamoros advirtieron que los albergues ya están llenos y que el país no tiene capacidad para recibir a miles de extranjeros más. La cancillería respondió que se reforzará la atención en coordinación con gobiernos estatales y que el Instituto Nacional de Migración mantendrá sus operativos en el sur del país."""),
    case("y_03", "followup-later-years", "2023-09-23",
         "https://www.washingtonpost-example.com/world/2023/09/23/mexico-cbp-ciudad-juarez-migrants-trains-deport/",
         "Mexico agrees to move migrants away from US border after talks with CBP",
         "later years: after meeting US border officials, Mexico pledges to remove and deport migrants from its northern border cities",
         """Mexican officials said Friday they would deport migrants and move others away from the northern border, after a meeting in Ciudad Juárez with leaders of US Customs and Border Protection as thousands of people riding freight trains reached the frontier.

The head of Mexico's National Migration Institute said the government would "depopulate" border cities such as Ciudad Juárez, Piedras Negras and Matamoros, sending people back to southern Mexico by bus and plane and deporting some to their home countries. Mexico also asked its largest railway, Ferromex, to stop letting people climb aboard cargo cars; the company had already halted dozens of trains after several migrants died on the tracks.

CBP's acting commissioner, Troy Miller, said in a statement that the two governments had agreed to work together to discourage irregular crossings and to go after smugglers. Daily apprehensions in the El Paso sector have passed 2,000 in recent days, and the city has declared a state of emergency.

The understanding reflects what Washington has wanted from Mexico for years: stopping people before they reach the Rio Grande rather than after. Migrant advocates in Chihuahua said the removals would push people onto more dangerous routes, and that many of those on the trains were Venezuelan families with nowhere to return to."""),
    case("y_04", "followup-later-years", "2023-12-22",
         "https://www.nytimes-example.com/2023/12/22/us/politics/biden-lopez-obrador-call-border-rail.html",
         "Biden asks López Obrador for more help as border crossings shut rail bridges",
         "later years: Biden presses Mexico by phone after record crossings; Mexico promises enforcement",
         """President Biden spoke by phone with President Andrés Manuel López Obrador of Mexico on Thursday and asked for more enforcement against migrants moving north, as crossings at the southwest border reached levels that have forced the closure of two rail bridges in Texas and a port of entry in Arizona.

The White House said the leaders agreed that additional enforcement actions were urgently needed so that the crossings, which had closed the bridges at Eagle Pass and El Paso for several days, could reopen. Border Patrol agents have been apprehending more than 10,000 people on some days this month, a record, and officials reassigned customs officers from ports of entry to help process them.

López Obrador said afterward that Mexico was willing to help but wanted something in return, including a lifting of US sanctions on Cuba and Venezuela, which he blames for the departures. He said Secretary of State Antony Blinken and Homeland Security Secretary Alejandro Mayorkas would fly to Mexico City next week to continue the conversation.

Railroad executives and farm groups warned that the closed crossings were costing millions of dollars a day in delayed grain and car shipments. Mexican officials have begun removing people from freight trains in the north and sending them back to the south of the country, according to migrants and shelter workers in Ciudad Juárez."""),
    case("y_05", "followup-later-years", "2023-12-28",
         "https://www.jornada-example.com.mx/2023/12/28/politica/blinken-mayorkas-amlo-palacio-nacional-migracion/",
         "Blinken y Mayorkas se reúnen con AMLO; acuerdan reforzar control migratorio",
         "later years (Spanish): US cabinet delegation in Mexico City after record crossings; Mexico agrees to more enforcement",
         """El presidente Andrés Manuel López Obrador recibió este miércoles en Palacio Nacional al secretario de Estado, Antony Blinken, al secretario de Seguridad Nacional, Alejandro Mayorkas, y a la asesora de la Casa Blanca Liz Sherwood-Randall, en un encuentro dedicado casi por completo al aumento de los cruces de migrantes en la frontera norte.

Según la canciller Alicia Bárcena, ambos gobiernos acordaron mantener abiertos los cruces fronterizos, reforzar la vigilancia contra las redes de tráfico de personas y continuar con las devoluciones de extranjeros a sus países de origen. El gobierno mexicano ya trasladó a cientos de personas desde Ciudad Juárez y Piedras Negras hacia Villahermosa y Tapachula.

El mandatario planteó de nuevo que Washington levante las sanciones contra Cuba y Venezuela y que invierta en el desarrollo de la región, pues sostuvo que la gente no deja su tierra por gusto. Blinken agradeció la cooperación de México y dijo que la frontera compartida es una responsabilidad de los dos países.

La reunión ocurrió después de que las autoridades estadounidenses cerraran por varios días dos puentes ferroviarios en Texas y un cruce en Arizona, con pérdidas para exportadores mexicanos. Organizaciones civiles criticaron que México asuma de nuevo el papel de contener a las personas migrantes a petición de Estados Unidos."""),
    Case("y_06", "followup-later-years", "2023-12-22",
         "https://www.reuters-example.com/world/americas/mexico-migrants-northern-border-short-2023-12-22/",
         "Mexico to step up removals of migrants from US border after Biden call",
         "short item: Mexico promises enforcement after Biden's request",
         """Mexico will send migrants gathered in its northern border cities back to the south and press ahead with deportations, López Obrador said, a day after Biden called to ask for help with record crossings."""),
    # --- 2024: record detentions, dispersal south, visas, asylum order ---------------------------
    case("y_07", "followup-later-years", "2024-02-13",
         "https://www.cbsnews-example.com/news/border-crossings-fall-january-2024-mexico-enforcement/",
         "Illegal border crossings dropped by half in January. Officials credit Mexico",
         "later years: fall in crossings attributed to Mexico's crackdown after US requests",
         """Unlawful crossings along the US-Mexico border fell by roughly half in January from December's record, to about 124,000 apprehensions, and US officials say the main reason is a crackdown inside Mexico that followed December's high-level meetings in Mexico City.

Mexican authorities have been pulling people off freight trains, adding checkpoints on highways in Chiapas, Oaxaca and Veracruz, and stopping buses heading north to check passengers' papers. The National Migration Institute has also resumed deportation flights to Venezuela and has been flying and busing thousands of people from the border back to the south of the country.

A Homeland Security official, speaking on condition of anonymity, said Washington had asked Mexico to sustain the effort and not let it fade, as earlier crackdowns did. Seasonal patterns also tend to bring lower numbers in January, the official acknowledged.

Migrants in Tapachula and Mexico City described being detained several times on their way north and released far from where they were picked up. "They put us on a bus and left us in Villahermosa, and we start again," said a Venezuelan man travelling with his wife and two children. Human rights groups said the strategy exposes people to extortion by both criminals and officials."""),
    case("y_08", "followup-later-years", "2024-04-18",
         "https://www.latimes-example.com/world-nation/story/2024-04-18/mexico-buses-migrants-south-strategy",
         "Round and round: Mexico's strategy of busing migrants south keeps them far from the US",
         "later years: Mexico's record detentions and transfers to the south, a containment policy Washington requested",
         """The bus leaves Mexico City almost every night, carrying migrants detained in the capital back toward the southern state of Chiapas. Most of those on board will try again within days.

Mexico has detained people crossing its territory more than 1 million times since the start of last year, according to government figures, a record that reflects a quieter but far-reaching policy: instead of deporting them, which is expensive and often impossible, authorities move them hundreds of miles south, wearing them down and spreading them out before they can reach the US border.

US officials have encouraged the approach. Since December, when Secretary of State Antony Blinken and Homeland Security Secretary Alejandro Mayorkas visited Mexico City, Washington has pointed to Mexican enforcement as the main reason crossings into the United States have stayed lower this year. President López Obrador says his government acts for humanitarian reasons and because it wants orderly migration.

Migrants call it a circle. A Honduran woman who had been taken from Ciudad Juárez to Villahermosa said she had spent her savings twice on the same stretch of road. Shelters in Tapachula say they are receiving people who have been returned three or four times.

Researchers note that the numbers count detention events, not people, so the same person may appear several times."""),
    case("y_09", "followup-later-years", "2024-04-20",
         "https://elpais-example.com/mexico/2024-04-20/mexico-exigira-visa-a-los-peruanos-para-frenar-el-transito-hacia-estados-unidos.html",
         "México exigirá visa a los peruanos para frenar el tránsito hacia Estados Unidos",
         "later years (Spanish): Mexico's visa rule for Peruvians, adopted to curb a route to the US border",
         """A partir de este sábado, los ciudadanos de Perú necesitarán visa para viajar a México, según una disposición publicada en el Diario Oficial de la Federación. El Gobierno mexicano explicó que la medida responde al aumento de peruanos que llegan por avión como turistas y después intentan cruzar de manera irregular a Estados Unidos.

La decisión sigue el modelo aplicado desde 2021 y 2022 a Brasil, Ecuador y Venezuela, cuando las autoridades estadounidenses pidieron a México cerrar rutas aéreas aprovechadas por redes de tráfico de personas. Funcionarios en Washington habían señalado en los últimos meses el crecimiento de los encuentros con peruanos en la frontera sur de su país, que superaron las 70,000 detenciones en un año.

La Cancillería de Perú lamentó la medida y pidió que no afecte a quienes viajan por turismo o negocios. El Instituto Nacional de Migración aseguró que los peruanos con visa estadounidense vigente, o residencia en Canadá, Japón, el Reino Unido o países del espacio Schengen, podrán seguir entrando sin tramitar el documento.

Especialistas en migración advirtieron que este tipo de restricciones reduce los vuelos, pero empuja a muchas personas hacia la ruta terrestre por el Darién y Centroamérica, más peligrosa y controlada por grupos criminales."""),
    Case("y_10", "followup-later-years", "2024-04-29",
         "https://www.axios-example.com/2024/04/29/biden-lopez-obrador-border-joint-statement",
         "Biden and López Obrador agree to 'concrete measures' to cut illegal crossings",
         "short item: joint statement on Mexico's enforcement",
         """After a phone call, the two presidents said their teams would act right away to reduce irregular crossings, and the White House credited Mexico's enforcement for lower numbers this year."""),
    case("y_11", "followup-later-years", "2024-06-05",
         "https://www.politico-example.com/news/2024/06/05/biden-asylum-order-mexico-returns-cooperation",
         "Biden's asylum crackdown leans on Mexico to take back those turned away",
         "later years: the June 2024 asylum order works through Mexico's acceptance of non-Mexican returns",
         """President Joe Biden's order to shut down most asylum claims at the southern border when crossings are high depends heavily on a partner that was not at the White House signing: Mexico.

Administration officials said Wednesday that Mexico had agreed to continue receiving migrants from Cuba, Haiti, Nicaragua and Venezuela who are removed under the new rule, as it has done since early 2023. Many of those countries limit or refuse US deportation flights, so without Mexico's cooperation, officials acknowledged, many people barred from asylum could simply be released.

Outgoing President Andrés Manuel López Obrador said the subject had come up in a call with Biden and that Mexico would keep its commitments. His successor, Claudia Sheinbaum, who won the presidency on Sunday, said she would seek a relationship of cooperation and respect with Washington on migration and would focus on its causes.

The order allows border agents to quickly return people who cross between official ports of entry once daily arrests exceed 2,500. Mexican officials have also promised to keep stopping people on trains and highways far from the border, officials said, an effort that has already cut crossings this year.

Civil rights groups have said they will challenge the order in court."""),
    case("y_12", "followup-later-years", "2024-11-06",
         "https://www.eluniversal-example.com.mx/estados/disuelven-caravana-migrante-en-chiapas-inm-ofrece-tramites/",
         "Disuelven otra caravana migrante en Chiapas; INM ofrece trámites y traslados",
         "later years (Spanish): Mexico breaks up a northbound caravan in Chiapas, part of the containment effort",
         """Una caravana de alrededor de 1,500 personas migrantes que salió de Tapachula hace diez días se disolvió este martes en Villa Comaltitlán, luego de que agentes del Instituto Nacional de Migración y de la Guardia Nacional ofrecieran trasladarlas en autobuses a otros estados para regularizar su situación.

La mayoría de los integrantes, de Venezuela, Honduras, Cuba y Haití, aceptó subir a los vehículos. Algunos denunciaron que no sabían a dónde los llevaban y que, en caravanas anteriores, las personas fueron dejadas en ciudades del centro y el sur del país sin ningún documento. Es la sexta caravana que se desintegra de esta forma en lo que va del año.

Las caravanas se formaron con más frecuencia este otoño, ante la expectativa del cambio de gobierno en Estados Unidos y el temor de que se cierre por completo la aplicación CBP One, con la que miles esperan obtener una cita en la frontera norte. La presidenta Claudia Sheinbaum afirmó que México atiende a las personas migrantes con respeto a sus derechos, pero que los operativos continuarán para evitar que las caravanas lleguen a la frontera con Estados Unidos.

Defensores de derechos humanos en Chiapas sostienen que la estrategia de desgaste responde a los acuerdos con Washington y expone a las familias a extorsiones en los caminos."""),
    case("y_13", "followup-later-years", "2024-11-28",
         "https://www.cnn-example.com/2024/11/28/politics/trump-sheinbaum-call-tariffs-migration",
         "Trump says Mexico agreed to stop migration after call with Sheinbaum; she says borders stay open",
         "later years: Trump's tariff threat tied to Mexico stopping migrants; Sheinbaum points to Mexico's containment",
         """President-elect Donald Trump said Wednesday that Mexico had agreed to "stop migration" through its territory after a phone call with President Claudia Sheinbaum, days after he threatened to impose a 25% tariff on all Mexican goods unless the country halted the flow of migrants and drugs.

Sheinbaum offered a different account. She wrote that she had explained Mexico's strategy to Trump, under which caravans of migrants are attended to and broken up well before they reach the northern border, and that Mexico's position is not to close borders but to build bridges between governments and peoples.

Mexican officials have pointed to government figures showing that encounters at the US border have dropped by roughly three-quarters from their December 2023 peak, after Mexico stepped up detentions, checkpoints and transfers of migrants to the south at the request of the Biden administration.

Trump has promised mass deportations and a return of the policy that made asylum seekers wait in Mexico. Economists warned that a tariff on Mexico, the largest trading partner of the United States, would raise prices for American consumers and violate the regional trade agreement Trump himself negotiated. Trump's transition team did not say whether the call had changed his plans for tariffs."""),
    # --- 2025: Sheinbaum and the second Trump administration ------------------------------------
    case("y_14", "followup-later-years", "2025-01-22",
         "https://www.reuters-example.com/world/americas/mexico-non-mexican-deportees-remain-in-mexico-2025-01-22/",
         "Mexico says it will take in some non-Mexican deportees as Trump revives 'Remain in Mexico'",
         "later years: Mexico receives non-Mexicans sent back by the US under Trump's reinstated policies",
         """MEXICO CITY (Reuters) — Mexico will receive some migrants of other nationalities deported by the United States on humanitarian grounds, President Claudia Sheinbaum said on Tuesday, a day after President Donald Trump ordered the return of the program that makes asylum seekers wait in Mexico for their US hearings.

Foreign Minister Juan Ramón de la Fuente said Mexico had not signed any agreement to restart the Migrant Protection Protocols, but Sheinbaum said the government would look at each case and would ask Washington to send deportees from third countries directly to their homelands when possible.

Mexico has set up shelters and processing tents in nine northern border cities under a program called "México te abraza" to receive returning Mexicans, and officials said foreign nationals would be offered help to return home or to apply for protection in Mexico.

Trump's orders on his first day also shut down the CBP One app used to schedule asylum appointments, leaving thousands of people stranded in Mexican cities such as Tijuana and Ciudad Juárez. Some began asking Mexican authorities for help to return south or to their countries.

Sheinbaum urged calm and said the relationship with Washington would be one of coordination, not subordination. Trump has said he will impose tariffs on Mexico from Feb. 1 unless it does more to stop migrants and fentanyl."""),
    case("y_15", "followup-later-years", "2025-02-03",
         "https://apnews-example.com/article/mexico-national-guard-border-tariffs-trump-sheinbaum-10000",
         "Mexico to send 10,000 National Guard troops to US border as Trump pauses tariffs",
         "later years: under tariff pressure Mexico deploys troops to its northern border to stop migrants and drugs",
         """MEXICO CITY (AP) — Mexico will deploy 10,000 members of its National Guard to the border with the United States to stop drug trafficking and illegal immigration, President Claudia Sheinbaum said Monday, in an agreement that led President Donald Trump to delay 25% tariffs on Mexican imports for a month.

The deal came hours before the tariffs were to take effect, after a phone call Sheinbaum described as a good conversation with respect for sovereignty. Trump wrote that Mexico would send troops "immediately" and that talks led by Secretary of State Marco Rubio and other officials would continue during the pause.

Sheinbaum said the United States in turn committed to work to stop the flow of high-powered weapons into Mexico. The troops will come from across the country, and officials said they would be assigned to border cities such as Tijuana, Ciudad Juárez and Reynosa, as well as to stretches of desert used by smugglers.

Crossings at the border had already fallen sharply since the end of 2023, largely because of Mexico's own enforcement, and they have dropped further since Trump took office. Business groups on both sides welcomed the delay but said the threat of tariffs would hang over investment decisions until a lasting agreement is reached."""),
    case("y_16", "followup-later-years", "2025-02-05",
         "https://www.jornada-example.com.mx/2025/02/05/estados/llegan-elementos-guardia-nacional-ciudad-juarez-frontera/",
         "Llegan los primeros elementos de la Guardia Nacional a Ciudad Juárez",
         "later years (Spanish): the National Guard deployment to the northern border agreed with Trump",
         """Los primeros contingentes de la Guardia Nacional enviados a la frontera norte llegaron este martes a Ciudad Juárez, Chihuahua, como parte del despliegue de 10 mil elementos acordado por la presidenta Claudia Sheinbaum con el gobierno de Donald Trump para frenar el tráfico de fentanilo y los cruces irregulares de migrantes.

Alrededor de 1,600 guardias aterrizaron en el aeropuerto internacional y fueron trasladados a instalaciones militares de la ciudad. Otros grupos llegaron a Tijuana, Mexicali, Nogales y Reynosa. La Secretaría de la Defensa Nacional informó que realizarán recorridos en la orilla del río Bravo, en las zonas de cruce del desierto y en los puntos de revisión carretera.

En las inmediaciones del bordo, los elementos instalaron puestos de vigilancia frente al muro fronterizo. Vecinos de la colonia Anapra dijeron que en las últimas semanas ya casi no ven grupos de personas que intenten cruzar, y que la presencia de tropas de ambos lados de la línea es mayor que nunca.

La mandataria insistió en que la medida es una decisión soberana y que también responde a la violencia que genera el crimen organizado en la frontera. Organizaciones de apoyo a migrantes en Chihuahua pidieron que los guardias no detengan a personas que buscan refugio y que se respeten los derechos de las familias que esperan en los albergues."""),
    Case("y_17", "followup-later-years", "2025-02-04",
         "https://www.bloomberg-example.com/news/articles/2025-02-04/mexican-troops-head-north-short",
         "Mexican troops head to US border under tariff truce",
         "short item: National Guard deployment against migrants and drugs",
         """Planes carrying National Guard members landed in Tijuana and Ciudad Juárez, the first of 10,000 troops Mexico promised Trump to curb illegal crossings and fentanyl trafficking. Tariffs are on hold for 30 days."""),
    case("y_18", "followup-later-years", "2025-03-11",
         "https://elpais-example.com/mexico/2025-03-11/mexico-ha-recibido-a-mas-de-4000-extranjeros-deportados-por-estados-unidos.html",
         "México ha recibido a más de 4,000 extranjeros deportados por Estados Unidos, informa Sheinbaum",
         "later years (Spanish): Mexico receives third-country deportees from the US under the Trump administration",
         """La presidenta Claudia Sheinbaum informó este martes que, desde el 20 de enero, México ha recibido a más de 4,000 personas de otras nacionalidades deportadas por Estados Unidos, además de unos 20,000 connacionales. La mayoría de los extranjeros son de Venezuela, Cuba, Honduras y Guatemala.

Según la mandataria, a los extranjeros se les ofrece ayuda para volver a sus países o tramitar una estancia en México, y muchos han preferido regresar por su cuenta. El Gobierno ha organizado traslados en autobús hacia Tapachula y Villahermosa y algunos vuelos hacia Centroamérica. Sheinbaum negó que exista un acuerdo de tercer país seguro con Washington y dijo que la recepción se hace por razones humanitarias.

La administración de Donald Trump ha presionado a varios gobiernos de la región para que acepten a deportados que no son sus ciudadanos, y en el caso de México lo ha vinculado a la negociación sobre aranceles. Funcionarios del Departamento de Seguridad Nacional señalaron que la cooperación mexicana permite devolver con rapidez a personas cuyos países no aceptan vuelos de deportación.

Organizaciones como el Servicio Jesuita a Migrantes advirtieron que muchas de estas personas tenían solicitudes de asilo pendientes en Estados Unidos y que ahora quedan en un limbo legal en ciudades fronterizas, sin empleo ni documentos."""),
    case("y_19", "followup-later-years", "2025-04-14",
         "https://www.nbcnews-example.com/news/us-news/migrants-turning-back-south-mexico-border-lows-2025",
         "With the US door shut, migrants in Mexico are turning back south",
         "later years: border crossings at lows as Mexico's troops and checkpoints hold people back; Mexico helps returns south",
         """TAPACHULA, Mexico — For years the migrant route through Mexico ran one way. This spring, buses and boats are carrying people in the opposite direction.

With US border arrests at their lowest monthly level in decades, and Mexico keeping thousands of National Guard troops at its northern border under an agreement with the Trump administration, many Venezuelans, Colombians and Central Americans who had been waiting in Mexico have given up. Some pay smugglers to take them by boat along the Pacific coast to Central America; others ask Mexican immigration offices for help to return.

Mexico's government says it has assisted several thousand people to go home voluntarily this year and has kept checkpoints on highways in Chiapas and Oaxaca that stop people heading north. US officials have praised the cooperation. A Homeland Security spokesperson said Mexico's deployment had made "a real difference" in cutting crossings and smuggling.

In Tapachula, the shelters that once overflowed now hold a fraction of their former numbers. A Venezuelan father of three said he had spent nine months trying to reach the US border and had been sent back south twice by Mexican agents before deciding to go home. "There is no way through anymore," he said."""),
    case("y_20", "followup-later-years", "2025-09-04",
         "https://www.washingtonpost-example.com/world/2025/09/04/rubio-mexico-city-sheinbaum-security-migration/",
         "Rubio, in Mexico City, praises border cooperation and launches new security group",
         "later years: US-Mexico security and migration talks; Washington credits Mexico's role in stopping crossings",
         """Secretary of State Marco Rubio met President Claudia Sheinbaum in Mexico City on Wednesday and the two governments announced a high-level group to carry out a security cooperation agreement covering drug trafficking, weapons smuggling and illegal migration.

Rubio thanked Mexico for what he called unprecedented cooperation at the border, saying Mexican troops and migration agents had helped bring crossings to the lowest level in more than half a century. He said the United States expected Mexico to keep stopping people and smuggling networks before they reach the US, and to continue accepting some deportees from third countries.

Sheinbaum said the agreement was based on sovereignty, mutual trust and shared responsibility, and that Mexico would not accept US military operations on its territory. Officials said the implementation group would meet regularly and report on results, including arrests of smugglers who move migrants north.

The visit came as the administration weighs further tariffs on Mexican goods and as Washington has stepped up pressure on cartels, which it has designated as terrorist organizations. Mexican officials said that the migration chapter had been one of the least contentious parts of the talks, given how far crossings have fallen."""),
    # --- 2026 --------------------------------------------------------------------------------
    case("y_21", "followup-later-years", "2026-02-10",
         "https://www.reuters-example.com/world/americas/mexico-extends-national-guard-border-deployment-2026-02-10/",
         "Mexico keeps troops at US border another year as Washington seeks firmer migration pact",
         "later years: Mexico extends its border deployment and negotiates migration commitments with the US",
         """MEXICO CITY (Reuters) — Mexico will keep about 10,000 National Guard members along its northern border through at least the end of 2026, officials said on Tuesday, as negotiators from both countries work on a written agreement covering migration enforcement and deportations.

The troops were first sent a year ago when President Donald Trump threatened tariffs on Mexican goods. Washington has since asked that the arrangement be made permanent and that Mexico commit to receiving a set number of non-Mexican deportees each month, according to two people familiar with the talks.

Mexico has resisted a fixed quota and any language that would make it a "safe third country" for asylum seekers, the people said. President Claudia Sheinbaum said on Monday that cooperation on migration had worked and would continue, but that Mexico would not sign anything that went against its constitution.

Crossings at the US southern border have stayed near historic lows. US officials credit Mexico's checkpoints in the south and its deployment in the north, as well as new US restrictions on asylum. Migrant advocates say many people are now stuck in southern Mexico, where work is scarce and the wait for asylum decisions from Mexico's refugee agency runs to months."""),
    case("y_22", "followup-later-years", "2026-05-19",
         "https://www.bloomberg-example.com/news/articles/2026-05-19/mexico-visa-rules-world-cup-migration-us-request",
         "Mexico tightens entry checks ahead of World Cup as US warns of migration route",
         "later years: Mexico adjusts entry rules and airport screening after US concern about travellers heading to the US border",
         """Mexico will require electronic travel authorizations from visitors of several South American and African countries and step up screening at its main airports before the World Cup opens in June, after US officials warned that the tournament could be used as cover to reach the US border, according to people familiar with the discussions.

The new rules, published by Mexico's migration institute, apply to travellers who currently enter without a visa. Officials said passengers flying to Mexico City, Monterrey and Guadalajara will face additional questioning if their stated reasons for travel are unclear, and airlines will be asked to share passenger data earlier.

The Department of Homeland Security has pressed Mexico for months about air routes that carry people to Mexico before they head north overland, repeating a request Washington has made since the Biden years, when Mexico imposed visas on Brazilians, Venezuelans and Ecuadorians. A State Department official said the measures showed the two countries' close coordination on migration.

Tourism businesses in Cancún and Mexico City said they worried the checks would deter fans. Mexico's foreign ministry said legitimate visitors would not be affected and that the decision was sovereign."""),
    case("y_23", "followup-later-years", "2026-09-15",
         "https://www.eluniversal-example.com.mx/nacion/mexico-y-eu-firman-memorandum-migracion-deportaciones-2026/",
         "México y EU firman memorándum sobre migración; incluye recepción de deportados extranjeros",
         "later years (Spanish): written US-Mexico migration agreement on returns and enforcement",
         """Los gobiernos de México y Estados Unidos firmaron este lunes un memorándum de entendimiento sobre migración que formaliza la cooperación de los últimos dos años: México mantendrá sus operativos para detener el tránsito irregular hacia el norte y recibirá, caso por caso, a personas de otras nacionalidades deportadas por Washington.

El canciller Juan Ramón de la Fuente explicó que el documento no convierte a México en tercer país seguro y que no establece cuotas. A cambio, Estados Unidos se comprometió a financiar vuelos de retorno a Centroamérica y Sudamérica, a ampliar las visas de trabajo temporal para mexicanos y a reforzar la lucha contra el tráfico de armas.

La firma ocurrió en Washington, en una reunión encabezada por el secretario de Estado, Marco Rubio, y la secretaria de Seguridad Nacional, Kristi Noem. Funcionarios estadounidenses destacaron que los cruces irregulares en la frontera se mantienen en niveles mínimos y atribuyeron parte del resultado al despliegue de la Guardia Nacional mexicana en la franja fronteriza.

Legisladores de oposición pidieron que el memorándum se presente al Senado, mientras que organizaciones de derechos humanos criticaron que México siga funcionando como muro de contención para las personas que buscan protección en Estados Unidos."""),
    # === Hard negatives: same years and actors, different story ===================================
    # --- Trade and tariffs without migration ---------------------------------------------------
    case("y_n01", "neg-later-lookalike", "2025-06-04",
         "https://www.reuters-example.com/markets/commodities/mexico-seeks-deal-us-steel-tariff-50-percent-2025-06-04/",
         "Mexico seeks quota deal as US doubles steel tariffs to 50%",
         "not a follow-up: steel tariffs and trade talks; no migration",
         """MEXICO CITY (Reuters) — Mexico's economy minister Marcelo Ebrard said on Wednesday he would travel to Washington to seek an exemption or a quota for Mexican steel after the United States doubled its tariff on imported steel and aluminum to 50%.

Ebrard said the US sells more steel to Mexico than it buys, and that a tariff at that level was unfair and unsustainable for plants in Coahuila and Nuevo León, where producers such as Ternium and Altos Hornos employ thousands. Mexico is among the largest buyers of American steel.

President Claudia Sheinbaum said at her morning press conference that Mexico would not respond with tariffs of its own for now and would wait for the result of the talks, which she expected within weeks. "We are going to look for an agreement, as we have in other moments," she said.

Industry groups in the United States welcomed the increase, saying it would protect domestic mills from cheap imports routed through third countries. Automakers warned that higher metal prices would raise the cost of vehicles assembled in both countries, whose supply chains cross the border several times before a car is finished."""),
    case("y_n02", "neg-later-lookalike", "2026-07-02",
         "https://www.wsj-example.com/economy/trade/usmca-joint-review-mexico-canada-autos-2026",
         "USMCA review opens with US demands on auto content and Chinese investment",
         "not a follow-up: trade-agreement review (autos, rules of origin), no migration",
         """Trade officials from the United States, Mexico and Canada opened the first formal review of their free-trade agreement this week, with Washington pressing for stricter rules on how much of a car must be made in North America and for limits on Chinese investment in Mexican factories.

The review, required six years after the pact took effect, decides whether the agreement is extended for another 16 years or moves to annual check-ups that would keep businesses guessing. US Trade Representative Jamieson Greer told lawmakers that the administration would not agree to an extension without "meaningful changes" on autos, steel and dairy.

Mexican negotiators, led by Economy Minister Marcelo Ebrard, have spent months visiting auto-parts plants in Michigan and Ohio to argue that integration has made both countries more competitive. Mexico sent more than 80% of its exports to the United States last year.

Canadian officials focused on dairy quotas and digital services. Analysts expect the talks to run well into next year, with tariffs imposed since 2025 on steel, aluminum and some vehicles still on the table."""),
    case("y_n03", "neg-later-lookalike", "2025-07-14",
         "https://www.elfinanciero-example.com.mx/economia/2025/07/14/eu-impone-cuota-compensatoria-de-17-al-jitomate-mexicano/",
         "EU impone cuota compensatoria de 17% al jitomate mexicano",
         "not a follow-up (Spanish): tomato anti-dumping duty, trade only",
         """El Departamento de Comercio de Estados Unidos comenzó a cobrar este lunes una cuota compensatoria de 17.09% a la mayoría de las importaciones de jitomate mexicano, luego de retirarse del acuerdo de suspensión que desde 2019 regulaba los precios mínimos de venta.

Productores de Sinaloa, Michoacán y Baja California calcularon que la medida podría costar más de 2,000 millones de dólares al año y afectar a cientos de miles de jornaleros. La Secretaría de Agricultura aseguró que el jitomate mexicano no se vende por debajo de su costo y que es preferido por su calidad, no por su precio.

Los agricultores de Florida, que impulsaron la investigación antidumping, celebraron la decisión. En cambio, distribuidores y restaurantes estadounidenses advirtieron que los consumidores pagarán más en los supermercados.

La presidenta Claudia Sheinbaum dijo que su gobierno buscará un nuevo acuerdo y que mientras tanto apoyará a los exportadores para diversificar mercados. Es el quinto acuerdo de suspensión en casi tres décadas de disputas sobre el jitomate entre ambos países."""),
    case("y_n04", "neg-later-lookalike", "2025-04-11",
         "https://apnews-example.com/article/trump-mexico-water-treaty-1944-rio-grande-tariffs-sheinbaum",
         "Trump threatens tariffs over Mexico's water debt under 1944 treaty",
         "not a follow-up: border water-sharing dispute with tariff threat; no migration",
         """WASHINGTON (AP) — President Donald Trump threatened on Thursday to impose tariffs and sanctions on Mexico unless it delivers water it owes the United States under a 1944 treaty, saying Texas farmers along the Rio Grande were being hurt.

Under the treaty, Mexico must send an average of 350,000 acre-feet a year from six tributaries to the Rio Grande, measured over five-year cycles, while the US sends water from the Colorado River. Mexico is far behind in the current cycle, which ends in October, after years of drought in Chihuahua.

President Claudia Sheinbaum said her government had offered immediate deliveries and a plan to catch up, but that Mexico could not leave its own farmers and cities without water. Farmers in Chihuahua clashed with the National Guard over the issue in 2020.

Texas officials said the shortfall had forced the closure of the state's last sugar mill. Mexican negotiators were expected in Washington next week to discuss a delivery schedule."""),
    # --- Cartels and fentanyl without migration ------------------------------------------------
    case("y_n05", "neg-later-lookalike", "2025-02-28",
         "https://www.nytimes-example.com/2025/02/28/world/americas/mexico-sends-cartel-leaders-to-us-caro-quintero.html",
         "Mexico sends 29 cartel figures to US, including Caro Quintero",
         "not a follow-up: transfer of cartel prisoners under US pressure on drugs; no migration",
         """Mexico sent 29 people accused of drug trafficking to the United States on Thursday, including Rafael Caro Quintero, the drug lord wanted for the 1985 murder of a DEA agent, in one of the largest such transfers in the two countries' history.

The prisoners were flown from Mexican military bases to several US cities, where they face charges including trafficking fentanyl and cocaine and, in some cases, charges carrying the death penalty. Mexican officials described the move as a national security decision that did not go through the usual extradition process.

The transfer came days before a deadline set by President Donald Trump, who has threatened tariffs on Mexican goods over the flow of fentanyl. Mexico's security chief, Omar García Harfuch, and Foreign Minister Juan Ramón de la Fuente were in Washington this week for meetings with Secretary of State Marco Rubio and other officials.

US Attorney General Pam Bondi said the defendants would be prosecuted to the fullest extent. Families of the murdered agent, Enrique Camarena, said they had waited four decades to see Caro Quintero in an American courtroom."""),
    case("y_n06", "neg-later-lookalike", "2024-07-26",
         "https://www.latimes-example.com/world-nation/story/2024-07-26/el-mayo-zambada-arrested-el-paso",
         "Sinaloa cartel co-founder 'El Mayo' Zambada arrested in El Paso",
         "not a follow-up: cartel leader arrested at the border; no migration",
         """Ismael "El Mayo" Zambada, the long-elusive co-founder of the Sinaloa cartel, was arrested Thursday after landing in a small plane at an airport near El Paso, along with Joaquín Guzmán López, a son of Joaquín "El Chapo" Guzmán, US officials said.

Zambada, 76, had never spent a day in prison despite decades atop one of the world's most powerful drug-trafficking organizations. His lawyer later said he had been kidnapped in Sinaloa and forced onto the plane, and Mexican officials said they had not been told about the operation in advance.

The arrests raised fears of violence in Culiacán as factions of the cartel fight for control. Mexico's security cabinet said it had reinforced the army and National Guard presence in Sinaloa.

Zambada faces charges in New York and Texas, including conspiracy to distribute fentanyl. Attorney General Merrick Garland said the cartel was responsible for much of the fentanyl flooding American communities."""),
    case("y_n07", "neg-later-lookalike", "2025-02-20",
         "https://www.politico-example.com/news/2025/02/20/state-department-cartels-terrorist-designation",
         "State Department designates Sinaloa, other cartels as foreign terrorist organizations",
         "not a follow-up: cartel terrorist designation; drugs and sovereignty, no migration",
         """The State Department formally designated eight Latin American criminal groups, including Mexico's Sinaloa and Jalisco New Generation cartels, as foreign terrorist organizations on Thursday, a step that opens new legal tools against anyone who gives them material support.

The designations, ordered by President Donald Trump on his first day in office, also cover the Venezuelan gang Tren de Aragua and the Salvadoran gang MS-13. Officials said the move would let prosecutors pursue money launderers, arms suppliers and companies that pay extortion to the cartels.

Mexican President Claudia Sheinbaum said Mexico would cooperate in the fight against organized crime but would not accept any violation of its sovereignty, and proposed a constitutional change to punish foreign agents who act in Mexico without permission. Some Mexican business owners worried that paying extortion under threat could now expose them to US terrorism charges.

Security analysts said the label could be used to justify US military strikes on cartel targets, something Trump has floated. Pentagon officials declined to say whether such options were being prepared."""),
    case("y_n08", "neg-later-lookalike", "2023-03-14",
         "https://www.azcentral-example.com/story/news/local/border-issues/2023/03/14/nogales-port-fentanyl-seizure-cucumbers/",
         "Border officers find fentanyl pills hidden in cucumber shipment at Nogales",
         "not a follow-up: drug seizure at a port of entry; no migration",
         """Customs officers at the Mariposa port of entry in Nogales found about 4 million fentanyl pills and several hundred pounds of fentanyl powder hidden in a tractor-trailer carrying cucumbers, the largest fentanyl seizure at the port this year, officials said.

A drug-sniffing dog alerted officers during an inspection, and the drugs were found inside the trailer's floor. The driver, a 32-year-old Mexican citizen, was arrested and handed to Homeland Security Investigations.

US Customs and Border Protection says most fentanyl reaching the country is smuggled through official crossings in vehicles driven by US citizens, often hidden in cars and produce trucks. The agency has been installing new scanners at ports of entry in Arizona and California.

Lawmakers cited the seizure in a hearing on fentanyl deaths, which have passed 70,000 a year in the United States."""),
    # --- US-only border measures, Mexico in passing --------------------------------------------
    case("y_n09", "neg-later-lookalike", "2023-07-21",
         "https://www.texastribune-example.org/2023/07/21/texas-buoys-rio-grande-eagle-pass-mexico-protest/",
         "Mexico protests Texas buoy barrier in Rio Grande as Justice Department weighs suit",
         "not a follow-up: a Texas-only barrier in the river; Mexico protests it, no request for Mexican enforcement",
         """Mexico's foreign ministry sent a diplomatic note to Washington this week objecting to a line of large orange buoys that Texas installed in the Rio Grande near Eagle Pass, saying the barrier may violate treaties on the use of the river and could push its course into Mexican territory.

Gov. Greg Abbott ordered the 1,000-foot barrier as part of Operation Lone Star, his state's border program, and has said Texas has the right to defend itself. The buoys are anchored to the riverbed and connected by netting, and a state trooper's account of injured people trapped in razor wire nearby drew criticism this month.

The Justice Department told Abbott it intends to sue, saying the state did not get federal permission to build in a navigable waterway. Abbott replied that he would see the administration in court.

Foreign Minister Alicia Bárcena said a Mexican team would inspect the site and that Mexico considered the barrier a unilateral action by a state government. The International Boundary and Water Commission was reviewing whether the buoys sit on the Mexican side of the boundary."""),
    case("y_n10", "neg-later-lookalike", "2024-01-23",
         "https://www.cnn-example.com/2024/01/23/politics/supreme-court-razor-wire-texas-border-patrol",
         "Supreme Court lets Border Patrol cut Texas razor wire",
         "not a follow-up: US federal-state dispute over wire on the Rio Grande; Mexico only as the other bank",
         """The Supreme Court on Monday allowed Border Patrol agents to keep cutting razor wire that Texas has strung along the Rio Grande, handing the Biden administration a temporary win in its fight with Gov. Greg Abbott over border enforcement.

The 5-4 order lifts an appeals court injunction while the case continues. Texas soldiers and state troopers have laid nearly 30 miles of concertina wire along the riverbank, and this month took over Shelby Park in Eagle Pass, blocking federal agents from the area.

The administration argues that the wire prevents agents from reaching people in danger in the river and from doing their jobs. Abbott said the state would continue to install wire and invoked what he called Texas's constitutional right to self-defense.

Republican governors from more than two dozen states signed a letter backing Texas. The standoff has turned a stretch of riverbank across from Piedras Negras, Mexico, into a symbol of the political fight over immigration in an election year."""),
    case("y_n11", "neg-later-lookalike", "2023-01-12",
         "https://www.npr-example.org/2023/01/12/cbp-one-app-asylum-appointments-border",
         "Migrants can now use an app to request asylum appointments at the border",
         "not a follow-up: a US-only app for asylum appointments; Mexico only as where people wait",
         """Asylum seekers waiting near the US-Mexico border can now use a smartphone app, CBP One, to schedule appointments at ports of entry, the Department of Homeland Security said, part of an effort to steer people away from crossing illegally.

Users submit personal information and a photo and choose a port and date. The app had been used for cargo inspections and was adapted to process people seeking exceptions to the Title 42 health order.

In its first days, many migrants said the app crashed or failed to recognize darker-skinned faces, and appointments ran out within minutes each morning. Advocates said it excludes people without phones or reliable internet and who do not speak English or Spanish.

Homeland Security officials said they would add appointments and fix errors, and that the system would reduce crowding at the ports by letting people arrive at set times."""),
    case("y_n12", "neg-later-lookalike", "2025-06-17",
         "https://www.azcentral-example.com/story/news/politics/border-issues/2025/06/17/border-wall-san-rafael-valley-waivers/",
         "Border wall construction resumes in Arizona's San Rafael Valley",
         "not a follow-up: US wall construction; no Mexican role",
         """Crews have begun installing 30-foot steel bollards in Arizona's San Rafael Valley, one of the last open stretches of the border in the state, after the Department of Homeland Security waived environmental laws to speed up construction.

Homeland Security Secretary Kristi Noem has issued several waivers this year covering more than 80 miles of border in Arizona, New Mexico and Texas. The administration plans to spend billions approved by Congress to finish sections left incomplete in 2021.

Conservation groups said the wall would cut off migration corridors for jaguars, mountain lions and other wildlife moving between the US and Mexico, and could damage springs in the valley. Ranchers in the area were divided: some welcomed the barrier, others said it would bring heavy trucks and new roads through grasslands.

Customs and Border Protection said the new sections would include lights, cameras and sensors. Legal challenges to similar waivers have mostly failed in court."""),
    case("y_n13", "neg-later-lookalike", "2023-05-09",
         "https://www.elpasotimes-example.com/story/news/2023/05/09/abbott-texas-national-guard-tactical-border-force-el-paso/",
         "Abbott sends Texas Guard 'border force' to El Paso ahead of Title 42's end",
         "not a follow-up: a US state deploys its own National Guard; Mexico only as the other side",
         """Gov. Greg Abbott said Monday that Texas was deploying a new Tactical Border Force of National Guard soldiers, flown in on Black Hawk helicopters and C-130 planes, to El Paso and other hotspots ahead of the expiration of the federal Title 42 order this week.

The governor said the soldiers would reinforce state troopers and lay more razor wire along the Rio Grande, adding to the roughly 10,000 Guard members and state police already assigned to Operation Lone Star. "Texas is stepping up where the federal government has failed," he said at a news conference in Austin.

The city of El Paso, which declared an emergency last week, has asked for federal money to shelter people released by Border Patrol. Hundreds of people have been sleeping on sidewalks near a downtown church.

Democrats in the Legislature questioned the cost of Operation Lone Star, which has passed $4 billion. Mexican officials in Ciudad Juárez, across the river, said they were monitoring the situation but did not comment on the deployment."""),
    case("y_n14", "neg-later-lookalike", "2025-04-15",
         "https://www.washingtonexaminer-example.com/news/2025/04/15/border-patrol-march-apprehensions-lowest/",
         "Border Patrol reports fewest March arrests in decades",
         "not a follow-up: US Border Patrol statistics credited to US policies; no Mexican measures",
         """The Border Patrol apprehended about 7,200 people crossing illegally between ports of entry at the southwest border in March, the fewest for that month since the 1960s, according to figures released Tuesday by Customs and Border Protection.

Administration officials credited the end of parole programs, the shutdown of the CBP One appointment system, new prosecutions for illegal entry and the deployment of thousands of active-duty troops along the border. Border czar Tom Homan said people had gotten the message that they would be detained and removed.

Agents have been reassigned to help Immigration and Customs Enforcement with arrests in the interior, and some Border Patrol stations that once held thousands now hold a few dozen people. The agency also reported a drop in people evading capture.

Democrats said the numbers came at the cost of legal protections for asylum seekers and pointed to lawsuits challenging the administration's asylum ban."""),
    # --- Immigration enforcement inside the US -------------------------------------------------
    case("y_n15", "neg-later-lookalike", "2025-06-09",
         "https://www.latimes-example.com/california/story/2025-06-09/ice-raids-los-angeles-protests-national-guard-sheinbaum",
         "Trump sends National Guard to Los Angeles as immigration raids spark protests; Sheinbaum calls for calm",
         "not a follow-up: ICE raids inside the US; Mexico only protecting its nationals",
         """President Donald Trump ordered 2,000 National Guard troops to Los Angeles over the objections of Gov. Gavin Newsom, after protests against immigration raids in the city turned into clashes with federal agents over the weekend.

Immigration and Customs Enforcement agents have arrested dozens of people at workplaces, including a clothing warehouse in the fashion district and a Home Depot parking lot in Paramount, in an operation officials say targets people with deportation orders. Protesters blocked roads and some set cars on fire; police used tear gas and rubber bullets.

In Mexico City, President Claudia Sheinbaum said Mexico's consulates were providing legal help to Mexican nationals detained in the raids and urged the Mexican community to stay calm and avoid violence. She criticized images of protesters burning cars while waving Mexican flags, saying they did not represent Mexicans in the US.

Newsom said he would sue over the federalization of the Guard, calling it an illegal takeover of a state force. Los Angeles Mayor Karen Bass said the raids had spread fear through immigrant neighborhoods."""),
    case("y_n16", "neg-later-lookalike", "2025-09-12",
         "https://www.chicagotribune-example.com/2025/09/12/ice-operation-midway-blitz-chicago-arrests/",
         "ICE begins 'Operation Midway Blitz' in Chicago area",
         "not a follow-up: interior immigration arrests in Chicago; no Mexican role",
         """Federal immigration agents began a large enforcement operation in the Chicago area this week, arresting people at traffic stops, outside homes and near workplaces, in what the Department of Homeland Security called Operation Midway Blitz.

DHS said the operation targeted people in the country illegally with criminal records, and that agents were working out of a naval station north of the city. Community groups said many of those detained had no criminal history, including a father taken while dropping his children off at school in Franklin Park.

Illinois Gov. JB Pritzker and Chicago Mayor Brandon Johnson condemned the operation and said local police would not take part in civil immigration enforcement. Protesters gathered outside an ICE processing facility in Broadview, where lawyers said they had been denied access to clients.

Homeland Security Secretary Kristi Noem said the administration would not be deterred by sanctuary policies and that more agents would arrive in the coming weeks."""),
    case("y_n17", "neg-later-lookalike", "2025-05-19",
         "https://www.npr-example.org/2025/05/19/supreme-court-venezuelan-tps-termination",
         "Supreme Court lets Trump end deportation protections for 350,000 Venezuelans",
         "not a follow-up: court ruling on TPS inside the US; no Mexican role",
         """The Supreme Court on Monday allowed the Trump administration to end Temporary Protected Status for about 350,000 Venezuelans, lifting a lower-court order that had kept the protections in place while a lawsuit proceeds.

TPS shields people from deportation and allows them to work if their home countries are unsafe because of war or disaster. The Biden administration had extended it for Venezuelans, citing the country's economic and political collapse, but Homeland Security Secretary Kristi Noem moved to end it shortly after taking office.

Justice Ketanji Brown Jackson said she would have kept the protections. Lawyers for the Venezuelans said hundreds of thousands of people who had lived legally in the US for years could now lose their jobs and face removal.

The administration has also moved to end TPS for Haitians and Hondurans, and to cancel a parole program that let people from Cuba, Haiti, Nicaragua and Venezuela enter with US sponsors. Those cases are still in the courts."""),
    # --- Mexican politics without US migration pressure ----------------------------------------
    case("y_n18", "neg-later-lookalike", "2024-06-03",
         "https://www.ft-example.com/content/sheinbaum-wins-mexico-presidential-election-landslide",
         "Claudia Sheinbaum wins Mexico presidency in landslide",
         "not a follow-up: Mexican election; US relations mentioned generally, no migration pressure",
         """Claudia Sheinbaum, a former mayor of Mexico City and climate scientist, won Mexico's presidential election by a wide margin on Sunday, becoming the first woman to lead the country.

Preliminary results gave the candidate of the ruling Morena party close to 60% of the vote, far ahead of opposition candidate Xóchitl Gálvez. Morena and its allies were also on course for a large majority in Congress, possibly enough to change the constitution without opposition support.

Sheinbaum, 61, has promised to continue the social programmes of her mentor, President Andrés Manuel López Obrador, and to keep his plans to overhaul the judiciary. The peso fell sharply on Monday as investors worried about the scale of Morena's victory and the fate of independent regulators.

She will take office on October 1 and will face a weak fiscal position, the state oil company Pemex's heavy debts, and cartel violence that left dozens of candidates dead during the campaign. She will also deal with whoever wins the US election in November, including a review of the regional trade agreement due in 2026."""),
    case("y_n19", "neg-later-lookalike", "2024-09-11",
         "https://www.jornada-example.com.mx/2024/09/11/politica/senado-aprueba-reforma-judicial-salazar/",
         "Senado aprueba la reforma judicial; embajador de EU insiste en sus críticas",
         "not a follow-up (Spanish): Mexico's judicial reform and a diplomatic spat; no migration",
         """El Senado de la República aprobó en la madrugada de este miércoles la reforma al Poder Judicial con 86 votos a favor y 41 en contra, después de que manifestantes irrumpieran en la sede alterna del recinto para intentar frenar la votación.

La reforma establece que jueces, magistrados y ministros de la Suprema Corte sean elegidos por voto popular a partir de 2025, y reduce de 11 a nueve el número de ministros. El oficialismo obtuvo la mayoría calificada gracias al voto de un senador de oposición.

El embajador de Estados Unidos, Ken Salazar, reiteró que la elección de jueces pone en riesgo la relación comercial y la confianza de los inversionistas. El presidente Andrés Manuel López Obrador, que en agosto declaró una pausa en la relación con la embajada, respondió que se trata de una intromisión.

Trabajadores del Poder Judicial mantienen un paro nacional desde agosto. La presidenta electa, Claudia Sheinbaum, aseguró que la reforma fortalecerá el combate a la corrupción y que los mercados se estabilizarán."""),
    case("y_n20", "neg-later-lookalike", "2025-05-13",
         "https://www.eluniversal-example.com.mx/cartera/sheinbaum-rechaza-impuesto-a-remesas-camara-de-representantes/",
         "Sheinbaum rechaza impuesto a remesas propuesto en la Cámara de Representantes",
         "not a follow-up (Spanish): US tax on remittances; no migration enforcement",
         """La presidenta Claudia Sheinbaum calificó como inaceptable la propuesta de cobrar un impuesto de 5% a las remesas que envían los migrantes desde Estados Unidos, incluida en el paquete fiscal que discuten los republicanos en la Cámara de Representantes.

México recibió más de 64 mil millones de dólares en remesas el año pasado, la mayor parte desde Estados Unidos, y millones de familias en Michoacán, Guanajuato, Jalisco y Oaxaca dependen de esos envíos. La mandataria dijo que el gravamen sería una doble tributación, pues quienes las envían ya pagan impuestos en ese país.

El gobierno anunció que enviará a legisladores y funcionarios de Hacienda a Washington para cabildear contra la medida, y que los consulados informarán a los connacionales sobre sus derechos. Bancos y empresas de envío de dinero estiman que el impuesto empujaría a muchos usuarios a canales informales.

Especialistas señalaron que la tasa podría reducirse en el Senado estadounidense antes de su aprobación final."""),
    # --- Migration elsewhere -------------------------------------------------------------------
    case("y_n21", "neg-later-lookalike", "2024-07-02",
         "https://elpais-example.com/america/2024-07-02/panama-cierra-pasos-del-darien-mulino-migrantes.html",
         "Panamá cierra pasos en la selva del Darién y firma acuerdo de repatriaciones",
         "not a follow-up (Spanish): Panama's Darién measures, a different country and route",
         """El nuevo Gobierno de José Raúl Mulino comenzó a colocar alambre de púas en varios senderos de la selva del Darién, la frontera con Colombia por la que cruzaron más de medio millón de personas migrantes el año pasado, y firmó un memorando con Estados Unidos para financiar vuelos de repatriación desde Panamá.

Mulino, que asumió el cargo el lunes, prometió durante la campaña cerrar el paso y dijo que su país no será más un corredor para quienes se dirigen al norte. Las autoridades panameñas aseguraron que las personas serán canalizadas a un corredor humanitario controlado, mientras que los vuelos se dirigirán a Colombia, Ecuador e India, entre otros destinos.

Organizaciones humanitarias que trabajan en las estaciones de recepción de Lajas Blancas advirtieron que cerrar los senderos obligará a usar rutas más largas y peligrosas, dominadas por grupos armados colombianos. La mayoría de quienes cruzan son venezolanos, muchos de ellos familias con niños.

El Gobierno colombiano pidió coordinación y dijo que no aceptará deportaciones de personas que no sean sus ciudadanos."""),
    case("y_n22", "neg-later-lookalike", "2023-07-16",
         "https://www.politico-example.eu/article/eu-tunisia-migration-deal-saied-meloni-von-der-leyen/",
         "EU signs migration deal with Tunisia to curb boat departures",
         "not a follow-up: EU-Tunisia migration agreement, another region",
         """The European Union signed a partnership with Tunisia on Sunday that offers more than €100 million to fight people smuggling and return migrants, along with larger sums for the economy, in an effort to cut the number of boats leaving for Italy.

European Commission President Ursula von der Leyen, Italian Prime Minister Giorgia Meloni and Dutch Prime Minister Mark Rutte travelled to Tunis for the signing with President Kais Saied. Arrivals in Italy by sea have more than doubled this year, and Tunisia has overtaken Libya as the main departure point.

Human rights groups said the EU was paying an increasingly authoritarian government to hold back migrants, weeks after Tunisian authorities were accused of leaving sub-Saharan Africans in the desert near the Libyan border. Saied has said Tunisia will not be Europe's border guard.

Meloni called the deal a model for future agreements with countries in North Africa."""),
    case("y_n23", "neg-later-lookalike", "2024-10-06",
         "https://www.theguardian-example.com/uk-news/2024/oct/06/channel-small-boat-deaths-2024-deadliest-year",
         "2024 becomes deadliest year for Channel crossings as toddler dies off French coast",
         "not a follow-up: English Channel crossings, another border",
         """A two-year-old child died in an overcrowded dinghy off the coast near Boulogne-sur-Mer on Saturday night, French authorities said, making 2024 the deadliest year on record for people trying to cross the English Channel in small boats.

The French coastguard said the child was crushed in a boat carrying about 90 people. More than 50 people have died trying to reach Britain this year, and nearly 25,000 have made the crossing.

Britain's Home Secretary Yvette Cooper said smuggling gangs were cramming more people into each boat and promised new powers for a border security command. France has increased patrols on its beaches but says it cannot intercept boats once they are at sea.

Charities in Calais said the crackdown on the beaches was pushing people into more dangerous launches from rivers and canals inland."""),
    case("y_n24", "neg-later-lookalike", "2024-12-10",
         "https://www.reuters-example.com/world/americas/mexico-seizes-fentanyl-sinaloa-short-2024-12-10/",
         "Mexico seizes more than a ton of fentanyl in Sinaloa raid",
         "short item: a drug seizure in Mexico, no migration",
         """Mexican soldiers seized more than a ton of fentanyl pills in two houses in Sinaloa, the largest such haul in the country's history, security chief Omar García Harfuch said."""),
]  # fmt: skip

# --- Agent or place (session 11, tune split only; ids chosen to hash into "tune") ---------------
# Written without reading the held-out cases: US-only measures that name Mexico only as a place
# (where migrants cross from, a border, a birthplace), beside Mexico acting on migration.
CASES += [
    case("y_a01", "followup-later-years", "2024-01-18",
         "https://www.apnews-example.com/article/mexico-migrants-flights-villahermosa-juarez-2024",
         "Mexican authorities fly migrants from the northern border south after talks with Washington",
         "later years: Mexico removes migrants from its northern border cities after US officials ask for more enforcement",
         """CIUDAD JUÁREZ, Mexico (AP) — Mexican authorities flew and bused hundreds of migrants from Ciudad Juárez and Piedras Negras to Villahermosa and Tapachula this week, weeks after senior US officials travelled to Mexico City to ask for more help slowing arrivals at the border.

The National Migration Institute said the transfers were voluntary and that people would be offered papers to stay in southern Mexico. Migrants interviewed at the airport in Villahermosa said agents had taken them from shelters and checkpoints without explaining where they were going, and several said they planned to head north again within days.

Mexican officials have also asked the railway operator Ferromex to keep people off freight trains, and soldiers now patrol rail yards in Chihuahua. The Biden administration has praised the measures as Border Patrol arrests fell from a record of about 250,000 in December to fewer than 180,000 in January.

Shelter directors in Juárez said the removals emptied beds but did not change why people come, and that many of those flown south were Venezuelan families who had already spent months in Mexico waiting for an appointment to ask for asylum in the United States."""),
    case("y_a03", "followup-later-years", "2024-06-11",
         "https://www.reuters-example.com/world/americas/mexico-national-guard-chiapas-detentions-2024-06-11/",
         "Mexico's National Guard detains hundreds of migrants in Chiapas as US presses for fewer crossings",
         "later years: Mexico's forces detain migrants in the south while Washington asks for fewer arrivals at the US border",
         """TAPACHULA, Mexico (Reuters) — Members of Mexico's National Guard and immigration agents detained more than 600 migrants in three days at checkpoints on the highways leading north from Tapachula, the government said on Tuesday, part of an effort it says has cut the number of people reaching the US border.

The operation followed a call between President Andrés Manuel López Obrador and President Joe Biden, in which the two leaders agreed to keep working together to reduce irregular migration, according to the White House. Mexico's foreign ministry said the country acts on its own interests and rejects being a wall for the United States.

Those detained, most from Venezuela, Honduras and Ecuador, were taken to immigration stations in Chiapas and Tabasco. Some were given permits to stay in the south; others were put on buses to Oaxaca and Veracruz, advocates said.

US border arrests fell for a fourth straight month in May, which Homeland Security officials partly credit to Mexico's enforcement. Human rights groups in Chiapas said the checkpoints push people toward smugglers who charge more to avoid them."""),
    case("y_a04", "followup-later-years-spanish", "2024-04-30",
         "https://www.milenio-example.com/politica/mexico-eu-acuerdan-reforzar-operativos-migrantes-2024",
         "México y EU acuerdan reforzar los operativos contra el tráfico de migrantes",
         "later years (Spanish): Mexico and the US agree to more enforcement against migrant smuggling after a presidential call",
         """Los gobiernos de México y Estados Unidos acordaron este martes reforzar los operativos contra las redes de tráfico de personas y mantener la vigilancia en las rutas migratorias del sur del país, informó la Secretaría de Relaciones Exteriores tras una llamada entre los presidentes Andrés Manuel López Obrador y Joe Biden.

De acuerdo con la cancillería, las autoridades mexicanas mantendrán los puntos de revisión en Chiapas, Oaxaca y Veracruz, y el Instituto Nacional de Migración seguirá trasladando a personas migrantes desde la frontera norte hacia el sur. Washington, por su parte, se comprometió a ampliar las vías legales para quienes soliciten asilo desde México.

Según cifras de la Patrulla Fronteriza, los cruces irregulares han bajado en lo que va del año, aunque siguen por encima de los niveles previos a la pandemia. La Casa Blanca agradeció la cooperación de México.

Organizaciones civiles en Tapachula señalaron que los operativos han llenado las estaciones migratorias y que muchas familias quedan atrapadas sin poder avanzar ni regresar a sus países, mientras esperan una cita para pedir asilo en Estados Unidos."""),
    case("y_na01", "neg-later-lookalike", "2024-03-19",
         "https://www.texastribune-example.org/2024/03/19/texas-sb4-supreme-court-migrant-arrests/",
         "Supreme Court lets Texas begin enforcing law that makes crossing from Mexico a state crime",
         "not a follow-up: a Texas state law on migrants crossing from Mexico; Mexico named only as where people cross from",
         """The Supreme Court on Tuesday allowed Texas to begin enforcing a law that makes it a state crime to cross into the state from Mexico anywhere other than a legal port of entry, while a lower court considers whether the law is constitutional.

The law, known as SB4, lets state and local police arrest people they suspect of crossing illegally and lets state judges order them to leave the country. Gov. Greg Abbott said the state would begin making arrests immediately along the Rio Grande.

The Biden administration argues that immigration enforcement is the federal government's job and that the law will cause chaos at the border. Border Patrol agents already arrest most people who cross between ports of entry, and many of them ask for asylum.

Immigrant rights groups said the law invites racial profiling of Latino residents, including Mexico-born citizens who have lived in Texas for decades. The Fifth Circuit scheduled arguments on the law for next month."""),
    case("y_na02", "neg-later-lookalike", "2024-05-09",
         "https://www.nbcnews-example.com/politics/immigration/dhs-proposes-asylum-security-screening-rule-2024",
         "Homeland Security proposes screening asylum seekers for security risks at their first interview",
         "not a follow-up: a US asylum rule at the border with Mexico; Mexico does nothing in it",
         """The Department of Homeland Security proposed a rule on Thursday that would let asylum officers turn away migrants who pose a security risk at their first screening interview, instead of months or years later before an immigration judge.

The change would apply to people who cross the southern border from Mexico and are placed in fast-track removal, a small share of those arrested. Homeland Security Secretary Alejandro Mayorkas said it would let the government remove people who are barred from asylum within days.

Immigration lawyers said few migrants have lawyers at that stage and would not be able to answer accusations against them. Republicans in Congress said the rule did too little and called for the administration to close the border to asylum seekers when arrests pass a daily limit.

The rule will be open for public comment for 30 days. Border Patrol agents recorded about 180,000 arrests along the border with Mexico in April."""),
    case("y_na03", "neg-later-lookalike", "2023-08-14",
         "https://www.azcentral-example.com/story/news/politics/border-issues/2023/08/14/lukeville-migrant-arrests-surge/",
         "Migrant arrests surge near Lukeville as smugglers shift routes to the Arizona desert",
         "not a follow-up: US Border Patrol arrests in Arizona; Mexico only the side migrants come from",
         """Border Patrol agents near the small Arizona town of Lukeville arrested more than 10,000 migrants in July, five times as many as a year earlier, as smugglers moved people away from Texas and toward gaps in the border wall in the Sonoran Desert.

Most of those arrested are families from Ecuador, Senegal and India who walk a few hundred yards from Mexico to the wall and wait for agents to pick them up, agents said. The Tucson sector is now the busiest in the country.

Customs and Border Protection said it was moving agents from ports of entry to help process the arrivals and asked the Pentagon for more trucks and buses. Arizona's governor, Katie Hobbs, said the federal government was leaving her state to cope alone.

Ranchers in the area said smugglers were cutting new roads on the Mexican side and that groups of people crossed at night near their land. Agents said the heat has already killed several people in the desert this summer."""),
    case("y_na08", "neg-later-lookalike", "2025-04-22",
         "https://www.lcsun-example.com/story/news/2025/04/22/army-national-defense-area-new-mexico-border/",
         "Army takes control of a strip of the border in New Mexico, letting soldiers detain trespassers",
         "not a follow-up: a US military zone on the US side of the border; Mexico named only as the border's other side",
         """The Army took control on Tuesday of a 60-foot-wide strip of federal land along the border in New Mexico, turning it into a military zone where soldiers may detain people who cross from Mexico until Border Patrol agents arrive.

Defense Secretary Pete Hegseth said the zone, which runs about 170 miles west from El Paso, would let troops act against trespassers without the Posse Comitatus Act barring them from law enforcement. Migrants caught inside it could face a new federal trespassing charge on top of illegal entry.

Border Patrol arrests in the El Paso sector have fallen to a few hundred a week since January, and the Trump administration says the zone will keep them low. Homeland Security Secretary Kristi Noem visited the border near Santa Teresa with commanders.

Civil liberties groups said the zone blurs the line between soldiers and police. Hunters and ranchers in New Mexico asked whether they would still be allowed onto the land."""),
    case("y_na09", "neg-later-lookalike", "2024-09-30",
         "https://www.elpasotimes-example.com/story/news/immigration/2024/09/30/fewer-migrants-released-el-paso-asylum-limits/",
         "Fewer migrants released in El Paso as asylum limits take hold",
         "not a follow-up: a US asylum limit's effect on a US border city; Mexico only where people wait",
         """El Paso shelters that once took in more than a thousand migrants a day from Border Patrol custody are nearly empty, three months after President Joe Biden's order limiting asylum at the southern border took effect.

The order lets agents quickly deport most people who cross between ports of entry when daily arrests pass 2,500. Border Patrol said arrests in the El Paso sector fell by more than half over the summer, and far fewer people are released into the city with court dates.

Annunciation House, the city's largest shelter network, closed two of its buildings. Many migrants who would have crossed are now waiting across the river in Ciudad Juárez for an appointment through the CBP One app, shelter workers said.

City officials said they had spent about $12 million on buses and hotels during last year's surge and would seek repayment from the federal government. Immigration lawyers have challenged the order in federal court."""),
]  # fmt: skip
